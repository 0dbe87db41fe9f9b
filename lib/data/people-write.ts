import type { TActor } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { changedFields, recordAudit } from '@/lib/data/audit';
import { personScope } from '@/lib/data/scope';
import { AppError, notFoundError } from '@/lib/errors';
import type { TCreatePersonInput, TUpdatePersonInput } from '@/lib/validation/person';

// Every change to a person: scoped like the reads, versioned, and audited in the same transaction.

export async function createPerson(actor: TActor, input: TCreatePersonInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const created = await tx.person.create({ data: { ...input, addedByUserId: actor.userId }, select: { id: true } });
    const fields = Object.keys(input).filter((k) => input[k as keyof TCreatePersonInput] != null);
    await recordAudit(tx, actor, { action: 'CREATE', entityType: 'person', entityId: created.id, fields });
    return created;
  });
}

/**
 * Saves a change made on top of `version`. If someone saved in between, nothing is written and
 * a CONFLICT carries the current record, so the user can see what changed and reapply.
 */
export async function updatePerson(actor: TActor, { id, version, patch }: TUpdatePersonInput) {
  return db.$transaction(async (tx) => {
    const current = await tx.person.findFirst({ where: { AND: [{ id }, personScope(actor)] } });
    if (!current) throw notFoundError();
    if (current.version !== version) {
      throw new AppError('CONFLICT', 'This person was changed by someone else.', { currentVersion: current.version });
    }
    const fields = changedFields(current, patch);
    // The version in the WHERE makes the check and the write one atomic step.
    const { count } = await tx.person.updateMany({ where: { id, version }, data: { ...patch, version: { increment: 1 } } });
    if (count !== 1) throw new AppError('CONFLICT', 'This person was changed by someone else.');
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'person', entityId: id, fields });
    return { id, version: version + 1 };
  });
}

/** Moves a person to the trash, from which leadership can restore them. */
export async function deletePerson(actor: TActor, id: string): Promise<void> {
  if (actor.role === 'MEMBER') throw notFoundError();
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
  if (actor.role !== 'ADMIN') throw notFoundError();
  await db.$transaction(async (tx) => {
    const { count } = await tx.person.updateMany({
      where: { id, deletedAt: { not: null } },
      data: { deletedAt: null, version: { increment: 1 } },
    });
    if (count !== 1) throw notFoundError();
    await recordAudit(tx, actor, { action: 'RESTORE', entityType: 'person', entityId: id, fields: ['deletedAt'] });
  });
}
