import type { TActor } from '@/lib/access/actor';
import { orgClock } from '@/lib/data/admin/clock';
import { dateColumn } from '@/lib/format/dates';
import { db } from '@/lib/db/prisma';
import { changedFields, recordAudit } from '@/lib/data/audit';
import { circleScope } from '@/lib/access/scopes/circles';
import { personScope } from '@/lib/access/scopes/people';
import { searchPeople, type TPersonHit } from '@/lib/data/people/search';
import { AppError, notFoundError } from '@/lib/errors';
import { displayName } from '@/lib/format/person-name';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TAddCircleMemberInput, TCircleMemberKey, TUpdateCircleMemberInput } from '@/lib/validation/circle';
import { requireCan } from '@/lib/access/capabilities';

// Who belongs to a circle: leadership and the coordinators the circle is assigned to add people
// in their scope, change their role, and remove them. Members manage no one. Every change is
// audited in its own transaction, by field name.

const nameSelect = { givenName: true, familyName: true, preferredName: true } as const;

/** The circle, if the actor may manage its members; NotFound otherwise, as if it did not exist. */
async function manageableCircle(tx: Prisma.TransactionClient, actor: TActor, circleId: string): Promise<void> {
  requireCan(actor, 'circles.manageMembers');
  const circle = await tx.circle.findFirst({ where: { AND: [{ id: circleId }, circleScope(actor)] }, select: { id: true } });
  if (!circle) throw notFoundError();
}

/** A membership of someone the actor may see, in a circle they may manage. */
async function membershipInScope(tx: Prisma.TransactionClient, actor: TActor, { circleId, personId }: TCircleMemberKey) {
  await manageableCircle(tx, actor, circleId);
  const membership = await tx.circleMembership.findFirst({ where: { circleId, personId, person: personScope(actor) } });
  if (!membership) throw notFoundError();
  return membership;
}

/** People in the actor's scope whose name matches, who are not in the circle yet. */
export async function searchPeopleForCircle(actor: TActor, circleId: string, q: string): Promise<TPersonHit[]> {
  await manageableCircle(db, actor, circleId);
  return searchPeople(actor, q, 8, Prisma.sql`NOT EXISTS (SELECT 1 FROM circle_membership cm WHERE cm.circle_id = ${circleId}::uuid AND cm.person_id = p.id)`);
}

export async function addCircleMember(actor: TActor, { circleId, personId, role, since }: TAddCircleMemberInput): Promise<{ id: string; name: string }> {
  // Without a day given, they joined today: the organization's today. Read before the transaction,
  // which would otherwise hold its connection while the clock waits for another from the pool.
  const joined = since ?? dateColumn((await orgClock()).today);
  return db.$transaction(async (tx) => {
    await manageableCircle(tx, actor, circleId);
    // Security: only someone the actor may already see can be added.
    const person = await tx.person.findFirst({ where: { AND: [{ id: personId }, personScope(actor)] }, select: nameSelect });
    if (!person) throw notFoundError();
    const existing = await tx.circleMembership.findUnique({ where: { circleId_personId: { circleId, personId } }, select: { id: true } });
    // Someone else added them meanwhile: say so rather than silently changing their role or date.
    if (existing) throw new AppError('CONFLICT', 'Already a member of this circle.');
    const created = await tx.circleMembership.create({ data: { circleId, personId, role, since: joined }, select: { id: true } });
    const fields = ['circleId', 'personId', 'role', ...(since ? ['since'] : [])];
    await recordAudit(tx, actor, { action: 'CREATE', entityType: 'circle_membership', entityId: created.id, fields });
    return { id: created.id, name: displayName(person) };
  }).catch((e: unknown) => {
    // Added by someone else at the same moment: the unique index decides, and the answer is the same.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') throw new AppError('CONFLICT', 'Already a member of this circle.');
    throw e;
  });
}

export async function updateCircleMember(actor: TActor, { circleId, personId, role }: TUpdateCircleMemberInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const current = await membershipInScope(tx, actor, { circleId, personId });
    const fields = changedFields(current, { role });
    if (fields.length === 0) return;
    // Removed by someone else meanwhile: nothing to update, as if it were never there.
    const { count } = await tx.circleMembership.updateMany({ where: { id: current.id }, data: { role } });
    if (count !== 1) throw notFoundError();
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'circle_membership', entityId: current.id, fields });
  });
}

export async function removeCircleMember(actor: TActor, key: TCircleMemberKey): Promise<void> {
  await db.$transaction(async (tx) => {
    const current = await membershipInScope(tx, actor, key);
    // Removed by someone else meanwhile: refused as not found, never a second removal.
    const { count } = await tx.circleMembership.deleteMany({ where: { id: current.id } });
    if (count !== 1) throw notFoundError();
    await recordAudit(tx, actor, { action: 'DELETE', entityType: 'circle_membership', entityId: current.id, fields: ['circleId', 'personId'] });
  });
}
