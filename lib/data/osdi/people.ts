import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { recordAudit } from '@/lib/data/audit';
import { getPerson, type TPersonDetail } from '@/lib/data/people/list';
import { createPerson, updatePerson, type TPersonInput } from '@/lib/data/people/write';
import { can } from '@/lib/access/capabilities';
import { personScope } from '@/lib/access/scopes/people';
import { ensurePlacesTx } from '@/lib/data/places/ensure';
import { AppError, isAppError, notFoundError } from '@/lib/errors';
import type { TOsdiPerson } from '@/lib/osdi/schemas';
import { emailStatusFromOsdi, phoneTypeFromOsdi, smsConsentFromOsdi } from '@/lib/osdi/consent';
import { apiPersonSelect } from '@/lib/osdi/person-dto';
import type { TEmailInput, TPhoneInput } from '@/lib/validation/person';
import { distinctTags } from '@/lib/validation/form-helpers';

// People through the OSDI API: the same scoped reads, and the same audited, versioned writes
// (lib/data/people/write.ts) as the pages. A token sees and changes exactly what its user can.

// Every API read of people is recorded (DESIGN.md): a page of people as one entry with their ids.
export async function listPeopleForApi(actor: TActor, { page, perPage }: { page: number; perPage: number }) {
  const where = personScope(actor);
  const [rows, total] = await Promise.all([
    db.person.findMany({ where, select: apiPersonSelect, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], skip: (page - 1) * perPage, take: perPage }),
    db.person.count({ where }),
  ]);
  if (rows.length) await recordAudit(db, actor, { action: 'VIEW', entityType: 'person_list', entityId: 'api', listed: rows.map((r) => r.id) });
  return { rows, total };
}

export async function getPersonForApi(actor: TActor, id: string) {
  const person = await db.person.findFirst({ where: { AND: [{ id }, personScope(actor)] }, select: apiPersonSelect });
  if (!person) throw notFoundError();
  await recordAudit(db, actor, { action: 'VIEW', entityType: 'person', entityId: id, fields: ['api'] });
  return person;
}

/**
 * What a request may ask besides the person: `createPrecinct` (?create_precinct=true) makes the
 * precinct custom_fields.precinct names if Leaven does not have it. Leadership's tokens only: it
 * is their confirmation, as in an import's review step.
 */
export type TApiOptions = { createPrecinct?: boolean };

async function precinctId(actor: TActor, code: string | null | undefined, { createPrecinct }: TApiOptions): Promise<string | null | undefined> {
  if (code === undefined || code === null) return code;
  const [ward, number] = code.split('-').map(Number) as [number, number];
  const where = { number, ward: { number: ward } };
  const found = await db.precinct.findFirst({ where, select: { id: true } });
  if (found) return found.id;
  if (!createPrecinct) {
    throw new AppError('INVALID', `custom_fields.precinct: there is no precinct ${code} in Leaven; a leadership token may add it by sending the request again with ?create_precinct=true`);
  }
  if (!can(actor, 'places.manage')) throw new AppError('INVALID', `custom_fields.precinct: there is no precinct ${code} in Leaven, and only a leadership token may add one (?create_precinct=true)`);
  if (ward < 1 || ward > 9999 || number < 1 || number > 9999) throw new AppError('INVALID', 'custom_fields.precinct: ward and precinct numbers run from 1 to 9999');
  await db.$transaction((tx) => ensurePlacesTx(tx, actor, [{ ward, precinct: number }]));
  return (await db.precinct.findFirstOrThrow({ where, select: { id: true } })).id;
}

/** OSDI's fields to the person form's; contacts merged into the current ones (OSDI adds, it does not replace). */
async function toInput(actor: TActor, p: TOsdiPerson, current: TPersonDetail | null, addTags: string[], options: TApiOptions): Promise<TPersonInput> {
  const cf = p.custom_fields ?? {};
  const address = p.postal_addresses?.find((a) => a.primary) ?? p.postal_addresses?.[0];
  const input: TPersonInput = {
    givenName: p.given_name,
    familyName: p.family_name,
    preferredName: cf.preferred_name,
    pronouns: cf.pronouns,
    notes: cf.notes,
    ladderStage: cf.ladder_stage,
    registeredVoter: cf.registered_voter,
    contactConsent: cf.contact_consent,
    doNotContact: cf.do_not_contact,
    preferredLanguage: p.preferred_language,
    languages: p.languages_spoken,
    source: p.source,
    street: address ? address.street : undefined,
    city: address ? (address.locality ?? null) : undefined,
    postalCode: address ? (address.postal_code ?? null) : undefined,
    precinctId: await precinctId(actor, cf.precinct, options),
  };
  // An answer sent is recorded; none sent keeps the one on record, and a new address or number
  // without one stays unknown (never "subscribed": lib/osdi/consent.ts).
  if (p.email_addresses) {
    const list: TEmailInput[] = (current?.emails ?? []).map(({ email, status }) => ({ email, status }));
    for (const e of p.email_addresses) {
      const at = list.findIndex((x) => x.email === e.address);
      const item = { email: e.address, status: emailStatusFromOsdi(e.status) ?? list[at]?.status ?? 'UNKNOWN' };
      if (at >= 0) list.splice(at, 1);
      if (e.primary) list.unshift(item);
      else list.splice(at >= 0 ? at : list.length, 0, item);
    }
    input.emails = list;
  }
  if (p.phone_numbers) {
    const list: TPhoneInput[] = (current?.phones ?? []).map(({ e164, type, smsConsent, doNotCall }) => ({ e164, type, smsConsent, doNotCall }));
    for (const ph of p.phone_numbers) {
      const at = list.findIndex((x) => x.e164 === ph.number);
      const item = {
        e164: ph.number,
        type: phoneTypeFromOsdi(ph.number_type, ph.sms_capable) ?? list[at]?.type ?? 'UNKNOWN',
        smsConsent: smsConsentFromOsdi(ph.status) ?? list[at]?.smsConsent ?? 'UNKNOWN',
        doNotCall: ph.do_not_call ?? list[at]?.doNotCall ?? false,
      };
      if (at >= 0) list.splice(at, 1);
      if (ph.primary) list.unshift(item);
      else list.splice(at >= 0 ? at : list.length, 0, item);
    }
    input.phones = list;
  }
  if (addTags.length) input.tags = distinctTags([...(current?.tags.map((t) => t.tag.name) ?? []), ...addTags]);
  // Undefined means "not sent": leave those fields as they are.
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as TPersonInput;
}

export async function createPersonFromApi(actor: TActor, p: TOsdiPerson, addTags: string[] = [], options: TApiOptions = {}): Promise<string> {
  const { id } = await createPerson(actor, await toInput(actor, p, null, addTags, options), { via: 'API' });
  return id;
}

/** Applies the fields sent on top of the current record; retried once if someone saved in between. */
export async function updatePersonFromApi(actor: TActor, id: string, p: TOsdiPerson, addTags: string[] = [], options: TApiOptions = {}): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const current = await getPerson(actor, id);
    try {
      await updatePerson(actor, { id, version: current.version, patch: await toInput(actor, p, current, addTags, options), via: 'API' });
      return;
    } catch (e) {
      if (!isAppError(e, 'CONFLICT') || attempt > 0) throw e;
    }
  }
}

/**
 * OSDI's person signup helper: the person is found by email or phone as the CSV import finds
 * them (within the token's scope) and updated, or created if there is no one. Two different
 * people matching is a conflict for a person to resolve, never a guess.
 */
export async function signupPerson(actor: TActor, p: TOsdiPerson, addTags: string[] = [], options: TApiOptions = {}): Promise<{ id: string; created: boolean }> {
  const emails = p.email_addresses?.map((e) => e.address) ?? [];
  const phones = p.phone_numbers?.map((ph) => ph.number) ?? [];
  const matches =
    emails.length || phones.length
      ? await db.person.findMany({
          where: { AND: [personScope(actor), { OR: [{ emails: { some: { email: { in: emails } } } }, { phones: { some: { e164: { in: phones } } } }] }] },
          select: { id: true },
          take: 2,
        })
      : [];
  if (matches.length > 1) {
    throw new AppError('CONFLICT', 'These email addresses and phone numbers belong to two different people in Leaven; merge them first, or send only one of them.');
  }
  if (matches[0]) {
    await updatePersonFromApi(actor, matches[0].id, p, addTags, options);
    return { id: matches[0].id, created: false };
  }
  if (!p.given_name && !p.family_name && !p.custom_fields?.preferred_name) {
    throw new AppError('INVALID', 'person: nobody in Leaven has this email or phone, and a new person needs a given_name, a family_name or custom_fields.preferred_name');
  }
  return { id: await createPersonFromApi(actor, p, addTags, options), created: true };
}
