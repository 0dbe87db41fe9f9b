import type { RelationshipKind } from '../../lib/generated/prisma/enums';
import { addDays } from '../../tests/factories/dates';
import { buildRelationship, pairKey, type TRelationshipRow } from '../../tests/factories/network';
import type { TRandom, TWeighted } from '../../tests/factories/random';
import type { TCircles, TSeedCircle } from './demo-circles';
import type { TSeedPerson } from './demo-people';

// Who knows whom: families first, then the recruiter and the recruit, then people who share a
// circle, then neighbours, until the average person has about three ties.

const NOTES: Partial<Record<RelationshipKind, readonly string[]>> = {
  FAMILY: ['Cousins', 'Compadres', 'In-laws', 'Same household'],
  FRIEND: ['Friends since the Sunday soccer league', 'Met at the tenant meeting', 'Walk the kids to school together'],
  NEIGHBOUR: ['Same building', 'Next door', 'Same block'],
  COWORKER: ['Same shift at the warehouse', 'Work together at the bakery'],
  CONGREGATION: ['Same choir at San Lázaro', 'Both in the pantry crew'],
  CLASSMATE: ['Same class at the high school'],
};

const RECRUITER_KINDS: TWeighted<RelationshipKind> = [
  ['FRIEND', 40], ['NEIGHBOUR', 20], ['FAMILY', 15], ['COWORKER', 15], ['CONGREGATION', 10],
];

function circleKinds(circle: TSeedCircle): TWeighted<RelationshipKind> {
  switch (circle.key) {
    case 'faith': return [['CONGREGATION', 8], ['FRIEND', 2]];
    case 'union': return [['COWORKER', 9], ['FRIEND', 1]];
    case 'youth': return [['CLASSMATE', 7], ['FRIEND', 3]];
    case 'club': case 'club2': return [['FRIEND', 6], ['FAMILY', 2], ['OTHER', 1]];
    case 'informal': case 'team': return [['NEIGHBOUR', 7], ['FRIEND', 3]];
    default: return [['FRIEND', 8], ['OTHER', 2]];
  }
}

export function planRelationships(rng: TRandom, people: TSeedPerson[], circles: TCircles, now: Date): TRelationshipRow[] {
  const rows: TRelationshipRow[] = [];
  const seen = new Set<string>();
  const add = (a: TSeedPerson, b: TSeedPerson, kind: RelationshipKind, strength = rng.int(1, 3)) => {
    if (a === b) return;
    const key = pairKey(a.row.id, b.row.id);
    if (seen.has(key)) return;
    seen.add(key);
    const later = a.enteredAt > b.enteredAt ? a.enteredAt : b.enteredAt;
    const recorded = addDays(later, rng.int(0, 30));
    const notes = NOTES[kind];
    rows.push(buildRelationship(rng, a.row.id, b.row.id, kind, {
      strength,
      note: notes && rng.chance(0.2) ? rng.pick(notes) : null,
      createdAt: recorded > now ? now : recorded,
    }));
  };

  const households = new Map<number, TSeedPerson[]>();
  for (const p of people) households.set(p.household, [...(households.get(p.household) ?? []), p]);
  // An organizer records only some of the family ties in a household.
  for (const members of households.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        if (rng.chance(0.6)) add(members[i] as TSeedPerson, members[j] as TSeedPerson, 'FAMILY', 3);
      }
    }
  }

  const byId = new Map(people.map((p) => [p.row.id, p]));
  for (const p of people) {
    const recruiter = p.row.recruitedById ? byId.get(p.row.recruitedById) : undefined;
    if (recruiter) add(recruiter, p, rng.weighted(RECRUITER_KINDS), rng.int(2, 3));
  }

  for (const circle of circles.circles) {
    if (circle.members.length < 2) continue;
    const kinds = circleKinds(circle);
    const pairs = Math.round(circle.members.length * (circle.key === 'ipo' ? 0.5 : 0.8));
    for (let k = 0; k < pairs; k++) {
      const [a, b] = rng.sample(circle.members, 2);
      if (a && b) add(a, b, rng.weighted(kinds));
    }
  }

  // Fill with neighbours: people in the same precinct, weakly tied.
  const target = Math.round(people.length * 1.5);
  const byPrecinct = new Map<string, TSeedPerson[]>();
  for (const p of people) if (p.row.precinctId) byPrecinct.set(p.row.precinctId, [...(byPrecinct.get(p.row.precinctId) ?? []), p]);
  const blocks = [...byPrecinct.values()].filter((b) => b.length >= 2).map((b) => [b, b.length] as const);
  for (let tries = 0; rows.length < target && blocks.length > 0 && tries < target * 4; tries++) {
    const [a, b] = rng.sample(rng.weighted(blocks), 2);
    if (a && b) add(a, b, rng.chance(0.7) ? 'NEIGHBOUR' : 'FRIEND', rng.weighted([[1, 5], [2, 3], [3, 1]]));
  }
  return rows;
}
