import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { requireCan } from '@/lib/access/capabilities';
import { changedFields, recordAudit } from '@/lib/data/audit';
import { circleScope } from '@/lib/access/scopes/circles';
import { AppError, notFoundError } from '@/lib/errors';
import type { TCreateCircleInput, TUpdateCircleInput } from '@/lib/validation/circle';

// Creating and editing circles: leadership only ('circles.create', 'circles.edit'). Versioned, and
// audited in the same transaction.

export async function createCircle(actor: TActor, input: TCreateCircleInput): Promise<{ id: string }> {
  requireCan(actor, 'circles.create');
  return db.$transaction(async (tx) => {
    const created = await tx.circle.create({ data: input, select: { id: true } });
    const fields = Object.keys(input).filter((k) => input[k as keyof TCreateCircleInput] != null);
    await recordAudit(tx, actor, { action: 'CREATE', entityType: 'circle', entityId: created.id, fields });
    return created;
  });
}

/**
 * Saves a change made on top of `version`. If someone saved in between, nothing is written and a
 * CONFLICT says so: a stale form never overwrites a newer save.
 */
export async function updateCircle(actor: TActor, { id, version, ...given }: TUpdateCircleInput): Promise<{ id: string; version: number }> {
  const patch = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<typeof given>;
  requireCan(actor, 'circles.edit');
  return db.$transaction(async (tx) => {
    const current = await tx.circle.findFirst({ where: { AND: [{ id }, circleScope(actor)] } });
    if (!current) throw notFoundError();
    if (current.version !== version) {
      throw new AppError('CONFLICT', 'This circle was changed by someone else.', { currentVersion: current.version });
    }
    const fields = changedFields(current, patch);
    // The version in the WHERE makes the check and the write one atomic step.
    const { count } = await tx.circle.updateMany({ where: { id, version }, data: { ...patch, version: { increment: 1 } } });
    if (count !== 1) throw new AppError('CONFLICT', 'This circle was changed by someone else.');
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'circle', entityId: id, fields });
    return { id, version: version + 1 };
  });
}
