import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { requireCan } from '@/lib/access/capabilities';
import { changedFields, recordAudit } from '@/lib/data/audit';
import { onlyEdited, staleEdit } from '@/lib/data/edits';
import { circleScope } from '@/lib/access/scopes/circles';
import { notFoundError } from '@/lib/errors';
import { recordInputValues } from '@/lib/validation/edits';
import { CIRCLE_INPUTS, type TCreateCircleInput, type TUpdateCircleInput } from '@/lib/validation/circle';

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

const stale = (current: { version: number }, edits: TUpdateCircleInput['edits']) =>
  staleEdit('This circle was changed by someone else.', { version: current.version, inputs: recordInputValues(current, CIRCLE_INPUTS) }, edits);

/**
 * Saves the fields the user changed on top of `version`. If someone saved in between, nothing is
 * written and a CONFLICT tells what is saved now: a stale form never overwrites a newer save.
 */
export async function updateCircle(actor: TActor, { id, version, edits, ...given }: TUpdateCircleInput): Promise<{ id: string; version: number }> {
  const patch = onlyEdited(Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<typeof given>, edits);
  requireCan(actor, 'circles.edit');
  return db.$transaction(async (tx) => {
    const where = { AND: [{ id }, circleScope(actor)] };
    const current = await tx.circle.findFirst({ where });
    if (!current) throw notFoundError();
    if (current.version !== version) throw stale(current, edits);
    const fields = changedFields(current, patch);
    // The version in the WHERE makes the check and the write one atomic step.
    const { count } = await tx.circle.updateMany({ where: { id, version }, data: { ...patch, version: { increment: 1 } } });
    if (count !== 1) throw stale((await tx.circle.findFirst({ where })) ?? current, edits);
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'circle', entityId: id, fields });
    return { id, version: version + 1 };
  });
}
