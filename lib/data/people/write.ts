import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { can, requireCan } from '@/lib/access/capabilities';
import { changedFields, recordAudit } from '@/lib/data/audit';
import { onlyEdited } from '@/lib/data/edits';
import { personScope } from '@/lib/access/scopes/people';
import { personConflict } from '@/lib/data/people/conflict';
import { FORM_INCLUDE } from '@/lib/data/people/form';
import { tagsNamed } from '@/lib/data/people/tags';
import { AppError, notFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ConsentSource } from '@/lib/generated/prisma/enums';
import type { TEdits } from '@/lib/validation/edits';
import { ORGANIZER_PERSON_FIELDS, type TEmailInput, type TPersonForm, type TPhoneInput } from '@/lib/validation/person';

// Every change to a person: scoped like the reads, versioned, and audited in the same transaction.

export type TPersonInput = Partial<Omit<TPersonForm, 'version' | 'confirmDuplicate' | 'acceptVersion' | 'original' | 'edited' | 'id'>>;
type TTx = Prisma.TransactionClient;

async function wardOf(tx: TTx, precinctId: string | null | undefined): Promise<string | null | undefined> {
  if (precinctId === undefined) return undefined;
  if (precinctId === null) return null;
  const precinct = await tx.precinct.findUnique({ where: { id: precinctId }, select: { wardId: true } });
  if (!precinct) throw new AppError('INVALID', 'invalidChoice');
  return precinct.wardId;
}

/** Where a save came from: what an answer about texts or email records as how it was given. */
export type TSaveVia = { via?: ConsentSource };
type TSavedContacts = { phones: TSavedPhone[]; emails: TSavedEmail[] };
type TSavedPhone = { e164: string; smsConsent: TPhoneInput['smsConsent']; smsConsentAt: Date | null; smsConsentHow: ConsentSource | null };
type TSavedEmail = { email: string; status: TEmailInput['status']; statusAt: Date | null; statusHow: ConsentSource | null };

/**
 * An answer is recorded with when and how; one that did not change keeps its own; unknown has
 * neither. Consent is never carried from one number or address to another.
 */
function recorded<A extends string>(answer: A, before: { answer: A; at: Date | null; how: ConsentSource | null } | undefined, via: ConsentSource, at: Date) {
  if (answer === 'UNKNOWN') return { at: null, how: null };
  return before && before.answer === answer ? { at: before.at, how: before.how } : { at, how: via };
}

async function replaceContacts(tx: TTx, personId: string, input: TPersonInput, saved: TSavedContacts, via: ConsentSource) {
  const now = new Date();
  if (input.phones) {
    await tx.personPhone.deleteMany({ where: { personId } });
    await tx.personPhone.createMany({
      data: input.phones.map((p: TPhoneInput, i) => {
        const old = saved.phones.find((o) => o.e164 === p.e164);
        const r = recorded(p.smsConsent, old && { answer: old.smsConsent, at: old.smsConsentAt, how: old.smsConsentHow }, via, now);
        return { ...p, personId, isPrimary: i === 0, smsConsentAt: r.at, smsConsentHow: r.how };
      }),
    });
  }
  if (input.emails) {
    await tx.personEmail.deleteMany({ where: { personId } });
    await tx.personEmail.createMany({
      data: input.emails.map((e: TEmailInput, i) => {
        const old = saved.emails.find((o) => o.email === e.email);
        const r = recorded(e.status, old && { answer: old.status, at: old.statusAt, how: old.statusHow }, via, now);
        return { ...e, personId, isPrimary: i === 0, statusAt: r.at, statusHow: r.how };
      }),
    });
  }
  if (input.tags) {
    await tx.personTag.deleteMany({ where: { personId } });
    const tags = await tagsNamed(tx, input.tags);
    if (tags.length) await tx.personTag.createMany({ data: tags.map((t) => ({ personId, tagId: t.id })) });
  }
}

/**
 * Security: a member sets none of what organizers keep about a person (the ladder stage among
 * them: only organizers move people on the ladder), whatever path or request carries it.
 */
function requireOwnFields(actor: TActor, input: TPersonInput) {
  if (!can(actor, 'people.organize') && ORGANIZER_PERSON_FIELDS.some((f) => input[f] !== undefined)) throw new AppError('FORBIDDEN');
}

function scalarData(input: TPersonInput) {
  const { phones: _p, emails: _e, tags: _t, precinctId: _pr, ...fields } = input;
  return fields;
}

export async function createPerson(actor: TActor, input: TPersonInput, { via = 'FORM' }: TSaveVia = {}): Promise<{ id: string }> {
  requireCan(actor, 'people.create');
  requireOwnFields(actor, input);
  return db.$transaction((tx) => createPersonIn(tx, actor, input, { via }));
}

/** createPerson inside the caller's transaction, for a write that adds someone along the way (a walk-in). */
export async function createPersonIn(tx: TTx, actor: TActor, input: TPersonInput, { via = 'FORM' }: TSaveVia = {}): Promise<{ id: string }> {
  requireCan(actor, 'people.create');
  requireOwnFields(actor, input);
  const wardId = await wardOf(tx, input.precinctId);
  const created = await tx.person.create({
    data: { ...scalarData(input), precinctId: input.precinctId ?? null, wardId: wardId ?? null, addedByUserId: actor.userId },
    select: { id: true },
  });
  await replaceContacts(tx, created.id, input, { phones: [], emails: [] }, via);
  const fields = Object.entries(input)
    .filter(([, v]) => v != null && v !== false && !(Array.isArray(v) && v.length === 0))
    .map(([k]) => k);
  await recordAudit(tx, actor, { action: 'CREATE', entityType: 'person', entityId: created.id, fields });
  return created;
}

/** `edits`: what the form was opened with and which fields the user changed (lib/validation/edits.ts); only those are saved. */
type TUpdate = { id: string; version: number; patch: TPersonInput; edits?: TEdits } & TSaveVia;

/**
 * Saves a change made on top of `version`: the fields the user edited, or every field given when
 * the caller did not say which (the API). If someone saved in between, nothing is written and a
 * CONFLICT tells what is saved now and who changed what (lib/data/edits.ts), for the form to show.
 */
export async function updatePerson(actor: TActor, { id, version, patch: given, edits, via = 'FORM' }: TUpdate) {
  const patch = onlyEdited(given, edits);
  requireOwnFields(actor, patch);
  // A member is not told what organizers keep, even in a conflict's "saved now".
  const hidden = can(actor, 'people.organize') ? [] : ORGANIZER_PERSON_FIELDS;
  return db.$transaction(async (tx) => {
    const where = { AND: [{ id }, personScope(actor)] };
    const current = await tx.person.findFirst({ where, include: FORM_INCLUDE });
    if (!current) throw notFoundError();
    if (current.version !== version) throw personConflict(current, edits, hidden);
    const wardId = await wardOf(tx, patch.precinctId);
    const data = { ...scalarData(patch), ...(patch.precinctId !== undefined ? { precinctId: patch.precinctId, wardId } : {}) };
    const fields = changedFields(current as unknown as Record<string, unknown>, data);
    const same = (a: unknown[], b: unknown[]) => JSON.stringify(a) === JSON.stringify(b);
    if (patch.phones && !same(patch.phones, current.phones.map(({ e164, type, smsConsent, doNotCall }) => ({ e164, type, smsConsent, doNotCall })))) fields.push('phones');
    if (patch.emails && !same(patch.emails, current.emails.map(({ email, status }) => ({ email, status })))) fields.push('emails');
    if (patch.tags && !same([...patch.tags].sort(), current.tags.map((t) => t.tag.name).sort())) fields.push('tags');

    // The version in the WHERE makes the check and the write one atomic step.
    const { count } = await tx.person.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count !== 1) {
      // Saved by someone else since the read above: this statement, unlike that one, sees it.
      throw personConflict((await tx.person.findFirst({ where, include: FORM_INCLUDE })) ?? current, edits, hidden);
    }
    await replaceContacts(tx, id, patch, current, via);
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'person', entityId: id, fields: fields.filter((f) => f !== 'wardId') });
    return { id, version: version + 1, changed: fields };
  });
}

/** Moves a person to the trash, from which leadership can restore them. */
export async function deletePerson(actor: TActor, id: string): Promise<void> {
  requireCan(actor, 'people.delete');
  await db.$transaction(async (tx) => {
    const { count } = await tx.person.updateMany({
      where: { AND: [{ id }, personScope(actor)] },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    if (count !== 1) throw notFoundError();
    await recordAudit(tx, actor, { action: 'DELETE', entityType: 'person', entityId: id, fields: ['deletedAt'] });
  });
}

/** Brings a person back from the trash. Leadership only. */
export async function restorePerson(actor: TActor, id: string): Promise<void> {
  requireCan(actor, 'people.trash');
  await db.$transaction(async (tx) => {
    const { count } = await tx.person.updateMany({
      where: { id, deletedAt: { not: null } },
      data: { deletedAt: null, version: { increment: 1 } },
    });
    if (count !== 1) throw notFoundError();
    await recordAudit(tx, actor, { action: 'RESTORE', entityType: 'person', entityId: id, fields: ['deletedAt'] });
  });
}
