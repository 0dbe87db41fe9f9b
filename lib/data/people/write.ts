import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { requireCan } from '@/lib/access/capabilities';
import { changedFields, recordAudit } from '@/lib/data/audit';
import { personScope } from '@/lib/access/scopes/people';
import { personConflict } from '@/lib/data/people/conflict';
import { FORM_INCLUDE } from '@/lib/data/people/form';
import { AppError, notFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TEmailInput, TPersonForm, TPhoneInput } from '@/lib/validation/person';

// Every change to a person: scoped like the reads, versioned, and audited in the same transaction.

export type TPersonInput = Partial<Omit<TPersonForm, 'version' | 'confirmDuplicate' | 'acceptVersion' | 'original' | 'id'>>;
type TTx = Prisma.TransactionClient;

async function wardOf(tx: TTx, precinctId: string | null | undefined): Promise<string | null | undefined> {
  if (precinctId === undefined) return undefined;
  if (precinctId === null) return null;
  const precinct = await tx.precinct.findUnique({ where: { id: precinctId }, select: { wardId: true } });
  if (!precinct) throw new AppError('INVALID', 'invalidChoice');
  return precinct.wardId;
}

async function replaceContacts(tx: TTx, personId: string, input: TPersonInput) {
  if (input.phones) {
    await tx.personPhone.deleteMany({ where: { personId } });
    await tx.personPhone.createMany({ data: input.phones.map((p: TPhoneInput, i) => ({ ...p, personId, isPrimary: i === 0 })) });
  }
  if (input.emails) {
    await tx.personEmail.deleteMany({ where: { personId } });
    await tx.personEmail.createMany({ data: input.emails.map((e: TEmailInput, i) => ({ ...e, personId, isPrimary: i === 0 })) });
  }
  if (input.tags) {
    await tx.personTag.deleteMany({ where: { personId } });
    if (input.tags.length) {
      // Three statements whatever the number of tags; a tag someone else creates meanwhile is skipped, then found.
      await tx.tag.createMany({ data: input.tags.map((name) => ({ name })), skipDuplicates: true });
      const tags = await tx.tag.findMany({ where: { name: { in: input.tags } }, select: { id: true } });
      await tx.personTag.createMany({ data: tags.map((t) => ({ personId, tagId: t.id })) });
    }
  }
}

function scalarData(input: TPersonInput) {
  const { phones: _p, emails: _e, tags: _t, precinctId: _pr, ...fields } = input;
  return fields;
}

export async function createPerson(actor: TActor, input: TPersonInput): Promise<{ id: string }> {
  requireCan(actor, 'people.create');
  return db.$transaction((tx) => createPersonIn(tx, actor, input));
}

/** createPerson inside the caller's transaction, for a write that adds someone along the way (a walk-in). */
export async function createPersonIn(tx: TTx, actor: TActor, input: TPersonInput): Promise<{ id: string }> {
  requireCan(actor, 'people.create');
  const wardId = await wardOf(tx, input.precinctId);
  const created = await tx.person.create({
    data: { ...scalarData(input), precinctId: input.precinctId ?? null, wardId: wardId ?? null, addedByUserId: actor.userId },
    select: { id: true },
  });
  await replaceContacts(tx, created.id, input);
  const fields = Object.entries(input)
    .filter(([, v]) => v != null && v !== false && !(Array.isArray(v) && v.length === 0))
    .map(([k]) => k);
  await recordAudit(tx, actor, { action: 'CREATE', entityType: 'person', entityId: created.id, fields });
  return created;
}

/** `seen`: the form's values as it was opened, to tell on a conflict what someone else changed. */
type TUpdate = { id: string; version: number; patch: TPersonInput; seen?: Record<string, unknown> };

/**
 * Saves a change made on top of `version`. If someone saved in between, nothing is written and
 * a CONFLICT names the current version and what changed, so the user can see it and reapply.
 */
export async function updatePerson(actor: TActor, { id, version, patch, seen }: TUpdate) {
  return db.$transaction(async (tx) => {
    const where = { AND: [{ id }, personScope(actor)] };
    const current = await tx.person.findFirst({ where, include: FORM_INCLUDE });
    if (!current) throw notFoundError();
    if (current.version !== version) throw personConflict(current, seen);
    const wardId = await wardOf(tx, patch.precinctId);
    const data = { ...scalarData(patch), ...(patch.precinctId !== undefined ? { precinctId: patch.precinctId, wardId } : {}) };
    const fields = changedFields(current as unknown as Record<string, unknown>, data);
    const same = (a: unknown[], b: unknown[]) => JSON.stringify(a) === JSON.stringify(b);
    if (patch.phones && !same(patch.phones, current.phones.map(({ e164, smsCapable, doNotCall }) => ({ e164, smsCapable, doNotCall })))) fields.push('phones');
    if (patch.emails && !same(patch.emails, current.emails.map(({ email, subscribed }) => ({ email, subscribed })))) fields.push('emails');
    if (patch.tags && !same([...patch.tags].sort(), current.tags.map((t) => t.tag.name).sort())) fields.push('tags');

    // The version in the WHERE makes the check and the write one atomic step.
    const { count } = await tx.person.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count !== 1) {
      // Saved by someone else since the read above: this statement, unlike that one, sees it.
      throw personConflict((await tx.person.findFirst({ where, include: FORM_INCLUDE })) ?? current, seen);
    }
    await replaceContacts(tx, id, patch);
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
