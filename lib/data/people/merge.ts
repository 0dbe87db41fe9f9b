import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { requireCan } from '@/lib/access/capabilities';
import { recordAudit } from '@/lib/data/audit';
import { AppError, notFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TMergeField } from '@/lib/validation/merge';
import { precinctLabelSelect } from '@/lib/format/precinct';

// Merging two records of the same person: the duplicate every real database has. One
// transaction moves everything that points at the duplicate onto the survivor, then removes
// the duplicate. Leadership only: a merge moves data a coordinator may not be able to see.

type TMergeInput = { keepId: string; dropId: string; keepVersion: number; dropVersion: number; takeFromDrop: TMergeField[] };

export async function mergePeople(actor: TActor, input: TMergeInput): Promise<{ id: string }> {
  requireCan(actor, 'people.merge');
  const { keepId: K, dropId: D } = input;
  if (K === D) throw new AppError('INVALID', 'mergeSame');

  return db.$transaction(async (tx) => {
    // One after the other: a transaction is one connection, which runs one query at a time.
    const keep = await tx.person.findFirst({ where: { id: K, deletedAt: null }, include: { user: { select: { id: true } } } });
    const drop = await tx.person.findFirst({ where: { id: D, deletedAt: null }, include: { user: { select: { id: true } } } });
    if (!keep || !drop) throw notFoundError();
    if (keep.version !== input.keepVersion || drop.version !== input.dropVersion) {
      throw new AppError('CONFLICT', 'One of these people was changed while you were comparing them.');
    }
    if (keep.user && drop.user) throw new AppError('INVALID', 'mergeBothUsers');

    await moveLinks(tx, K, D);

    // The survivor keeps its recruiter, or takes the duplicate's; it cannot recruit itself.
    const recruitedById = keep.recruitedById && keep.recruitedById !== D ? keep.recruitedById : drop.recruitedById !== K ? drop.recruitedById : null;
    const taken = Object.fromEntries(input.takeFromDrop.map((f) => [f, drop[f]])) as Prisma.PersonUncheckedUpdateInput;
    const wardId = input.takeFromDrop.includes('precinctId') ? drop.wardId : keep.wardId;
    if (drop.user) await tx.user.update({ where: { id: drop.user.id }, data: { personId: null } });
    await tx.person.delete({ where: { id: D } });
    if (drop.user) await tx.user.update({ where: { id: drop.user.id }, data: { personId: K } });
    await tx.person.update({ where: { id: K }, data: { ...taken, wardId, recruitedById, version: { increment: 1 } } });

    await recordAudit(tx, actor, { action: 'MERGE', entityType: 'person', entityId: K, fields: [...input.takeFromDrop] });
    await recordAudit(tx, actor, { action: 'MERGE', entityType: 'person', entityId: D, fields: ['mergedInto'] });
    return { id: K };
  });
}

/** Re-points every row that references D at K, dropping what K already has. */
async function moveLinks(tx: Prisma.TransactionClient, K: string, D: string) {
  // Rows unique per (person, other): move those K lacks, the rest go with D.
  for (const [table, other] of [
    ['circle_membership', 'circle_id'],
    ['affiliation', 'organization_id'],
    ['interaction_person', 'interaction_id'],
    ['person_tag', 'tag_id'],
    ['person_email', 'email'],
    ['person_phone', 'e164'],
  ] as const) {
    // Table and column names come from the constant list above, never from input.
    await tx.$executeRawUnsafe(
      `UPDATE "${table}" SET person_id = $1::uuid WHERE person_id = $2::uuid
         AND "${other}" NOT IN (SELECT "${other}" FROM "${table}" WHERE person_id = $1::uuid)`,
      K,
      D,
    );
  }
  await tx.$executeRaw`UPDATE person_email SET is_primary = false WHERE person_id = ${K}::uuid AND is_primary
    AND id <> (SELECT id FROM person_email WHERE person_id = ${K}::uuid ORDER BY is_primary DESC, id LIMIT 1)`;
  await tx.$executeRaw`UPDATE person_phone SET is_primary = false WHERE person_id = ${K}::uuid AND is_primary
    AND id <> (SELECT id FROM person_phone WHERE person_id = ${K}::uuid ORDER BY is_primary DESC, id LIMIT 1)`;

  // Relationships are stored once per ordered pair: rebuild D's with K, keeping the stronger tie.
  await tx.$executeRaw`
    INSERT INTO relationship (person_a_id, person_b_id, kind, strength, note, created_at)
    SELECT LEAST(${K}::uuid, o), GREATEST(${K}::uuid, o), kind, strength, note, created_at
      FROM (SELECT CASE WHEN person_a_id = ${D}::uuid THEN person_b_id ELSE person_a_id END AS o, kind, strength, note, created_at
              FROM relationship WHERE ${D}::uuid IN (person_a_id, person_b_id)) r
     WHERE o <> ${K}::uuid
    ON CONFLICT (person_a_id, person_b_id) DO UPDATE SET strength = GREATEST(relationship.strength, EXCLUDED.strength)`;
  await tx.$executeRaw`DELETE FROM relationship WHERE ${D}::uuid IN (person_a_id, person_b_id)`;

  await tx.$executeRaw`UPDATE person SET recruited_by_id = ${K}::uuid WHERE recruited_by_id = ${D}::uuid AND id <> ${K}::uuid`;
  await tx.$executeRaw`UPDATE ladder_change SET person_id = ${K}::uuid WHERE person_id = ${D}::uuid`;
  await tx.$executeRaw`UPDATE ladder_change SET credited_id = ${K}::uuid WHERE credited_id = ${D}::uuid`;
  await tx.$executeRaw`UPDATE precinct SET captain_id = ${K}::uuid WHERE captain_id = ${D}::uuid`;
}

/** Two people side by side, for choosing field by field. Leadership only. */
export async function getMergeCandidates(actor: TActor, aId: string, bId: string) {
  requireCan(actor, 'people.merge');
  const select = {
    id: true,
    version: true,
    givenName: true,
    familyName: true,
    preferredName: true,
    pronouns: true,
    preferredLanguage: true,
    street: true,
    city: true,
    postalCode: true,
    precinctId: true,
    ladderStage: true,
    memberSince: true,
    registeredVoter: true,
    source: true,
    notes: true,
    contactConsent: true,
    doNotContact: true,
    precinct: precinctLabelSelect,
    emails: { select: { email: true } },
    phones: { select: { e164: true } },
    _count: { select: { memberships: true, affiliations: true, interactions: true, relationsA: true, relationsB: true, recruits: true } },
  } satisfies Prisma.PersonSelect & Record<TMergeField, true>;
  const people = await db.person.findMany({ where: { id: { in: [aId, bId] }, deletedAt: null }, select });
  const a = people.find((p) => p.id === aId);
  const b = people.find((p) => p.id === bId);
  if (!a || !b || aId === bId) throw notFoundError();
  return { a, b };
}
