import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { recordAudit } from '@/lib/data/audit';
import { getPerson, type TPersonDetail } from '@/lib/data/people/list';
import { createPerson, updatePerson, type TPersonInput } from '@/lib/data/people/write';
import { personScope } from '@/lib/access/scopes/people';
import { AppError, isAppError, notFoundError } from '@/lib/errors';
import type { TOsdiPerson } from '@/lib/osdi/schemas';
import { apiPersonSelect } from '@/lib/osdi/person-dto';

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

async function precinctId(code: string | null | undefined): Promise<string | null | undefined> {
  if (code === undefined || code === null) return code;
  const [ward, number] = code.split('-').map(Number);
  const found = await db.precinct.findFirst({ where: { number, ward: { number: ward } }, select: { id: true } });
  if (!found) throw new AppError('INVALID', `custom_fields.precinct: there is no precinct ${code} in Leaven`);
  return found.id;
}

/** OSDI's fields to the person form's; contacts merged into the current ones (OSDI adds, it does not replace). */
async function toInput(p: TOsdiPerson, current: TPersonDetail | null, addTags: string[] = []): Promise<TPersonInput> {
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
    precinctId: await precinctId(cf.precinct),
  };
  if (p.email_addresses) {
    const list = (current?.emails ?? []).map(({ email, subscribed }) => ({ email, subscribed }));
    for (const e of p.email_addresses) {
      const subscribed = e.status === undefined ? undefined : e.status === 'subscribed';
      const at = list.findIndex((x) => x.email === e.address);
      const item = { email: e.address, subscribed: subscribed ?? list[at]?.subscribed ?? true };
      if (at >= 0) list.splice(at, 1);
      if (e.primary) list.unshift(item);
      else list.splice(at >= 0 ? at : list.length, 0, item);
    }
    input.emails = list;
  }
  if (p.phone_numbers) {
    const list = (current?.phones ?? []).map(({ e164, smsCapable, doNotCall }) => ({ e164, smsCapable, doNotCall }));
    for (const ph of p.phone_numbers) {
      const at = list.findIndex((x) => x.e164 === ph.number);
      const item = { e164: ph.number, smsCapable: ph.sms_capable ?? list[at]?.smsCapable ?? true, doNotCall: ph.do_not_call ?? list[at]?.doNotCall ?? false };
      if (at >= 0) list.splice(at, 1);
      if (ph.primary) list.unshift(item);
      else list.splice(at >= 0 ? at : list.length, 0, item);
    }
    input.phones = list;
  }
  if (addTags.length) input.tags = [...new Set([...(current?.tags.map((t) => t.tag.name) ?? []), ...addTags])];
  // Undefined means "not sent": leave those fields as they are.
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as TPersonInput;
}

export async function createPersonFromApi(actor: TActor, p: TOsdiPerson, addTags: string[] = []): Promise<string> {
  const { id } = await createPerson(actor, await toInput(p, null, addTags));
  return id;
}

/** Applies the fields sent on top of the current record; retried once if someone saved in between. */
export async function updatePersonFromApi(actor: TActor, id: string, p: TOsdiPerson, addTags: string[] = []): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const current = await getPerson(actor, id);
    try {
      await updatePerson(actor, { id, version: current.version, patch: await toInput(p, current, addTags) });
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
export async function signupPerson(actor: TActor, p: TOsdiPerson, addTags: string[] = []): Promise<{ id: string; created: boolean }> {
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
    await updatePersonFromApi(actor, matches[0].id, p, addTags);
    return { id: matches[0].id, created: false };
  }
  if (!p.given_name && !p.family_name && !p.custom_fields?.preferred_name) {
    throw new AppError('INVALID', 'person: nobody in Leaven has this email or phone, and a new person needs a given_name, a family_name or custom_fields.preferred_name');
  }
  return { id: await createPersonFromApi(actor, p, addTags), created: true };
}
