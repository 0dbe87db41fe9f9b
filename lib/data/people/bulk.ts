import type { TActor } from '@/lib/access/actor';
import { orgClock } from '@/lib/data/admin/clock';
import { dateColumn } from '@/lib/format/dates';
import { db } from '@/lib/db/prisma';
import { recordAuditMany } from '@/lib/data/audit';
import { circleScope } from '@/lib/access/scopes/circles';
import { personScope } from '@/lib/access/scopes/people';
import { notFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TBulkCircleInput, TBulkTagInput } from '@/lib/validation/people-bulk';
import { requireCan } from '@/lib/access/capabilities';

// Changes to many people at once, from the people table's selection. All or nothing: one person
// out of the actor's scope (or a circle out of it) and the whole action is NotFound, with nothing
// written. Each person changed gets their own audit event, in the same transaction.

export type TBulkResult = { changed: number };

type TTx = Prisma.TransactionClient;

// Members keep "my people" one by one; bulk changes are for leadership and coordinators ('people.bulkEdit').

// Security: every id must be a live person the actor may see, or nothing happens.
async function assertAllVisible(tx: TTx, actor: TActor, ids: string[]): Promise<void> {
  const visible = await tx.person.count({ where: { AND: [{ id: { in: ids } }, personScope(actor)] } });
  if (visible !== ids.length) throw notFoundError();
}

async function auditEach(tx: TTx, actor: TActor, personIds: string[], field: string) {
  await recordAuditMany(tx, actor, { action: 'UPDATE', entityType: 'person', entityIds: personIds, fields: [field] });
}

export async function bulkAddToCircle(actor: TActor, input: TBulkCircleInput): Promise<TBulkResult> {
  requireCan(actor, 'people.bulkEdit');
  const ids = [...new Set(input.personIds)];
  return db.$transaction(async (tx) => {
    const circle = await tx.circle.findFirst({ where: { AND: [{ id: input.circleId }, circleScope(actor)] }, select: { id: true } });
    if (!circle) throw notFoundError();
    await assertAllVisible(tx, actor, ids);
    const already = new Set(
      (await tx.circleMembership.findMany({ where: { circleId: circle.id, personId: { in: ids } }, select: { personId: true } })).map((m) => m.personId),
    );
    const added = ids.filter((id) => !already.has(id));
    const since = dateColumn((await orgClock()).today);
    await tx.circleMembership.createMany({ data: added.map((personId) => ({ circleId: circle.id, personId, since })), skipDuplicates: true });
    await auditEach(tx, actor, added, 'circles');
    return { changed: added.length };
  });
}

async function findTag(tx: TTx, tagId: string) {
  const tag = await tx.tag.findUnique({ where: { id: tagId }, select: { id: true } });
  if (!tag) throw notFoundError();
  return tag;
}

export async function bulkAddTag(actor: TActor, input: TBulkTagInput): Promise<TBulkResult> {
  requireCan(actor, 'people.bulkEdit');
  const ids = [...new Set(input.personIds)];
  return db.$transaction(async (tx) => {
    const tag = await findTag(tx, input.tagId);
    await assertAllVisible(tx, actor, ids);
    const already = new Set(
      (await tx.personTag.findMany({ where: { tagId: tag.id, personId: { in: ids } }, select: { personId: true } })).map((t) => t.personId),
    );
    const added = ids.filter((id) => !already.has(id));
    await tx.personTag.createMany({ data: added.map((personId) => ({ personId, tagId: tag.id })), skipDuplicates: true });
    await auditEach(tx, actor, added, 'tags');
    return { changed: added.length };
  });
}

export async function bulkRemoveTag(actor: TActor, input: TBulkTagInput): Promise<TBulkResult> {
  requireCan(actor, 'people.bulkEdit');
  const ids = [...new Set(input.personIds)];
  return db.$transaction(async (tx) => {
    const tag = await findTag(tx, input.tagId);
    await assertAllVisible(tx, actor, ids);
    const tagged = (await tx.personTag.findMany({ where: { tagId: tag.id, personId: { in: ids } }, select: { personId: true } })).map((t) => t.personId);
    await tx.personTag.deleteMany({ where: { tagId: tag.id, personId: { in: tagged } } });
    await auditEach(tx, actor, tagged, 'tags');
    return { changed: tagged.length };
  });
}
