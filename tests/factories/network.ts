import type { Prisma } from '../../lib/generated/prisma/client';
import type { CircleRole, LadderStage, RelationshipKind } from '../../lib/generated/prisma/enums';
import { LADDER, ladderRank } from '../../lib/vocabulary/ladder';
import { compareUuid, type TRandom } from './random';

// Rows that tie people together: relationships, circle memberships, affiliations, and the
// ladder history that explains a person's current stage.

export type TRelationshipRow = Prisma.RelationshipCreateManyInput & { id: string };
export type TMembershipRow = Prisma.CircleMembershipCreateManyInput & { id: string };
export type TAffiliationRow = Prisma.AffiliationCreateManyInput & { id: string };
export type TLadderChangeRow = Prisma.LadderChangeCreateManyInput & { id: string; changedAt: Date };

/** The pair in the order the relationship table's CHECK constraint demands. */
export function orderedPair(a: string, b: string): [string, string] {
  if (a === b) throw new Error('a relationship needs two different people');
  return compareUuid(a, b) < 0 ? [a, b] : [b, a];
}

/** One key per unordered pair, to keep a pair from being inserted twice. */
export function pairKey(a: string, b: string): string {
  return orderedPair(a, b).join('|');
}

export function buildRelationship(
  rng: TRandom,
  a: string,
  b: string,
  kind: RelationshipKind,
  overrides: Partial<Omit<TRelationshipRow, 'personAId' | 'personBId'>> = {},
): TRelationshipRow {
  const [personAId, personBId] = orderedPair(a, b);
  return { id: rng.uuid(), personAId, personBId, kind, strength: rng.int(1, 3), note: null, ...overrides };
}

export function buildMembership(
  rng: TRandom,
  circleId: string,
  personId: string,
  overrides: Partial<TMembershipRow> & { role?: CircleRole; since: Date },
): TMembershipRow {
  return { id: rng.uuid(), circleId, personId, role: 'MEMBER', ...overrides };
}

export function buildAffiliation(
  rng: TRandom,
  organizationId: string,
  personId: string,
  overrides: Partial<TAffiliationRow> = {},
): TAffiliationRow {
  return { id: rng.uuid(), organizationId, personId, role: null, isPointPerson: false, ...overrides };
}

export type TLadderHistory = {
  personId: string;
  stage: LadderStage;
  /** When the person first entered the ladder as a contact. */
  enteredAt: Date;
  /** For members and leaders: the day they became members. */
  memberSince?: Date | null;
  now: Date;
  /** Usually the recruiter, who gets the credit for each step. */
  creditedId?: string | null;
};

function spread(rng: TRandom, from: Date, to: Date, count: number): Date[] {
  const span = Math.max(0, to.getTime() - from.getTime());
  const fractions = Array.from({ length: count }, () => 0.05 + rng.next() * 0.9).sort((x, y) => x - y);
  return fractions.map((f) => new Date(from.getTime() + Math.floor(f * span)));
}

/**
 * The steps that bring a person from nothing to their current stage, oldest first: one row
 * into CONTACT, then one per rung (a volunteer sometimes skipped SUPPORTER). The step into
 * MEMBER falls on memberSince, so the ladder and the membership date agree.
 */
export function buildLadderChanges(rng: TRandom, h: TLadderHistory): TLadderChangeRow[] {
  const target = ladderRank(h.stage);
  const stages = LADDER.slice(0, target + 1).filter((s) => !(s === 'SUPPORTER' && target >= 2 && rng.chance(0.1)));
  // Midday of the day they joined, but never after now nor before they came in.
  const memberAt = h.memberSince && target >= 3
    ? new Date(Math.max(Math.min(h.memberSince.getTime() + 12 * 3_600_000, h.now.getTime()), h.enteredAt.getTime()))
    : null;
  let times: Date[];
  if (memberAt) {
    const early = stages.filter((s) => s === 'SUPPORTER' || s === 'VOLUNTEER').length;
    times = [h.enteredAt, ...spread(rng, h.enteredAt, memberAt, early), memberAt];
    if (target === 4) times.push(...spread(rng, memberAt, h.now, 1));
  } else {
    times = [h.enteredAt, ...spread(rng, h.enteredAt, h.now, stages.length - 1)];
  }

  const credit = () => (h.creditedId && rng.chance(0.85) ? h.creditedId : null);
  return stages.map((toStage, i) => ({
    id: rng.uuid(),
    personId: h.personId,
    fromStage: i === 0 ? null : (stages[i - 1] ?? null),
    toStage,
    creditedId: credit(),
    changedAt: times[i] ?? h.now,
  }));
}
