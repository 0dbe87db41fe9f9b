import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { changedFields, recordAudit } from '@/lib/data/audit';
import { personScope } from '@/lib/access/scopes/people';
import { AppError, notFoundError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { requireCan } from '@/lib/access/capabilities';
import type {
  TAddRelationshipInput,
  TSetRecruiterInput,
  TUpdateRelationshipInput,
} from '@/lib/validation/relationship';

// Who knows whom, and who recruited whom. A relationship is visible, and changeable, only when
// the actor may see both people in it.

/** The pair in the order the table's CHECK constraint (person_a_id < person_b_id) demands. */
export function orderPair(a: string, b: string): [string, string] {
  // PostgreSQL compares uuids byte by byte, which for the canonical lower-case text form is
  // the same as comparing the strings.
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? [x, y] : [y, x];
}

function relationshipScope(actor: TActor): Prisma.RelationshipWhereInput {
  return { personA: personScope(actor), personB: personScope(actor) };
}

async function assertPeopleVisible(tx: Prisma.TransactionClient, actor: TActor, ids: string[]) {
  const unique = [...new Set(ids)];
  const seen = await tx.person.count({ where: { AND: [{ id: { in: unique } }, personScope(actor)] } });
  if (seen !== unique.length) throw notFoundError();
}

export async function addRelationship(actor: TActor, input: TAddRelationshipInput): Promise<{ id: string }> {
  const [personAId, personBId] = orderPair(input.personId, input.otherId);
  return db.$transaction(async (tx) => {
    await assertPeopleVisible(tx, actor, [personAId, personBId]);
    const exists = await tx.relationship.findUnique({ where: { personAId_personBId: { personAId, personBId } }, select: { id: true } });
    if (exists) throw new AppError('INVALID', 'relationshipExists');
    const created = await tx.relationship.create({
      data: { personAId, personBId, kind: input.kind, strength: input.strength, note: input.note ?? null },
      select: { id: true },
    });
    const fields = ['personAId', 'personBId', 'kind', 'strength', ...(input.note ? ['note'] : [])];
    await recordAudit(tx, actor, { action: 'CREATE', entityType: 'relationship', entityId: created.id, fields });
    return created;
  }).catch((e: unknown) => {
    // Two people adding the same tie at the same moment: the unique index decides.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') throw new AppError('INVALID', 'relationshipExists');
    throw e;
  });
}

export async function updateRelationship(actor: TActor, input: TUpdateRelationshipInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const current = await tx.relationship.findFirst({
      where: { AND: [{ id: input.id }, relationshipScope(actor)] },
      select: { kind: true, strength: true, note: true },
    });
    if (!current) throw notFoundError();
    const patch = { kind: input.kind, strength: input.strength, note: input.note ?? null };
    const fields = changedFields(current, patch);
    if (fields.length === 0) return { id: input.id };
    await tx.relationship.update({ where: { id: input.id }, data: patch });
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'relationship', entityId: input.id, fields });
    return { id: input.id };
  });
}

export async function removeRelationship(actor: TActor, { id }: { id: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.relationship.deleteMany({ where: { AND: [{ id }, relationshipScope(actor)] } });
    if (count !== 1) throw notFoundError();
    await recordAudit(tx, actor, { action: 'DELETE', entityType: 'relationship', entityId: id, fields: ['personAId', 'personBId'] });
  });
}

/** Only one recruitment change at a time, so two concurrent edits cannot close a loop between them. */
const RECRUITMENT_LOCK = 0x4c76_5201;

/** Whether `personId` is `recruiterId` or one of their recruiters, to any depth (bad data may already loop). */
async function wouldCycle(tx: Prisma.TransactionClient, personId: string, recruiterId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ cycle: boolean }[]>`
    WITH RECURSIVE up(id, path) AS (
      SELECT p.id, ARRAY[p.id] FROM person p WHERE p.id = ${recruiterId}::uuid
      UNION ALL
      SELECT p.recruited_by_id, up.path || p.recruited_by_id
        FROM up JOIN person p ON p.id = up.id
       WHERE p.recruited_by_id IS NOT NULL AND NOT p.recruited_by_id = ANY(up.path)
    )
    SELECT EXISTS (SELECT 1 FROM up WHERE id = ${personId}::uuid) AS cycle`;
  return rows[0]?.cycle === true;
}

/**
 * Sets or clears who recruited a person. Leadership and coordinators only. Refuses a recruiter
 * who was (directly or up their chain) recruited by this person: recruitment cannot go in circles.
 */
export async function setRecruiter(actor: TActor, { personId, recruiterId, version }: TSetRecruiterInput): Promise<{ version: number }> {
  requireCan(actor, 'people.setRecruiter');
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${RECRUITMENT_LOCK}::int)`;
    const current = await tx.person.findFirst({ where: { AND: [{ id: personId }, personScope(actor)] }, select: { version: true, recruitedById: true } });
    if (!current) throw notFoundError();
    if (recruiterId) {
      await assertPeopleVisible(tx, actor, [recruiterId]);
      if (recruiterId === personId || (await wouldCycle(tx, personId, recruiterId))) throw new AppError('INVALID', 'recruitmentCycle');
    }
    if (current.version !== version) throw new AppError('CONFLICT', 'This person was changed by someone else.', { currentVersion: current.version });
    if (current.recruitedById === recruiterId) return { version };
    const { count } = await tx.person.updateMany({ where: { id: personId, version }, data: { recruitedById: recruiterId, version: { increment: 1 } } });
    if (count !== 1) throw new AppError('CONFLICT', 'This person was changed by someone else.');
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'person', entityId: personId, fields: ['recruitedById'] });
    return { version: version + 1 };
  });
}
