import type { Prisma } from '../../lib/generated/prisma/client';
import type { CircleKind } from '../../lib/generated/prisma/enums';
import { dayBefore, daysBetween } from '../../tests/factories/dates';
import { buildMembership, type TMembershipRow } from '../../tests/factories/network';
import { ladderRank } from '../../lib/vocabulary/ladder';
import { weightedSample, type TRandom } from '../../tests/factories/random';
import { CIRCLES, type TCircleKey } from './demo-catalog';
import type { TCast, TSeedPerson } from './demo-people';
import type { TPlaces, TSeedPrecinct } from './demo-places';

// The circles a mobilization is filled from, and who belongs to each. People are drawn where
// they would really be found: club members from a few blocks, council members among parents,
// precinct teams among the volunteers of their precincts, and families join together.

export type TCircleRow = Prisma.CircleCreateManyInput & { id: string; name: string };
export type TCaptain = { precinctId: string; personId: string };
export type TSeedCircle = { row: TCircleRow; key: TCircleKey | 'team'; members: TSeedPerson[] };
export type TCircles = { circles: TSeedCircle[]; memberships: TMembershipRow[]; captains: TCaptain[]; byKey: Map<TCircleKey, TSeedCircle> };

const adult = (p: TSeedPerson) => !p.youth;
const latino = (p: TSeedPerson) => p.origin === 'latino';

export function planCircles(rng: TRandom, people: TSeedPerson[], cast: TCast, places: TPlaces, now: Date): TCircles {
  const n = people.length;
  const scale = (share: number, min: number) => Math.max(min, Math.round(n * share));
  const households = new Map<number, TSeedPerson[]>();
  for (const p of people) households.set(p.household, [...(households.get(p.household) ?? []), p]);
  const homePrecincts = places.precincts.filter((p) => p.wardNumber === 25);
  const precinctSet = (numbers: number[]) => new Set<TSeedPrecinct | null>(homePrecincts.filter((_, i) => numbers.includes(i + 1)));
  const clubBlocks = precinctSet([2, 3, 7, 8, 9, 14, 15, 21]);
  const club2Blocks = precinctSet([11, 12, 17, 18, 24]);
  const schoolBlocks = precinctSet([1, 2, 3, 4, 5, 6]);
  const hasChildren = (p: TSeedPerson) => adult(p) && (households.get(p.household) ?? []).some((q) => q.youth);
  const rank = (p: TSeedPerson) => ladderRank(p.stage) + 1;

  // Pick by weight, then bring in some of the family of each person picked.
  const draw = (size: number, weight: (p: TSeedPerson) => number, withFamily = 0.4) => {
    const picked = new Set(weightedSample(rng, people.map((p) => [p, weight(p)] as const), size));
    for (const p of [...picked]) {
      for (const q of households.get(p.household) ?? []) if (!picked.has(q) && rng.chance(withFamily)) picked.add(q);
    }
    return [...picked];
  };

  const chosen: Record<TCircleKey, TSeedPerson[]> = {
    ipo: people.filter((p) => p.stage === 'MEMBER' || p.stage === 'LEADER'),
    club: draw(scale(0.035, 6), (p) => (latino(p) ? (clubBlocks.has(p.precinct) ? 4 : 1) * rank(p) : 0)),
    club2: draw(scale(0.02, 4), (p) => (latino(p) ? (club2Blocks.has(p.precinct) ? 4 : 0.5) * rank(p) : 0)),
    lsc: draw(scale(0.012, 5), (p) => (hasChildren(p) ? (schoolBlocks.has(p.precinct) ? 5 : 0.5) * rank(p) : 0), 0),
    faith: draw(scale(0.03, 5), (p) => (adult(p) ? (latino(p) ? 3 : 0.4) * rank(p) : 0)),
    union: draw(scale(0.018, 4), (p) => (adult(p) ? rank(p) : 0), 0),
    youth: draw(scale(0.015, 3), (p) => (p.youth ? rank(p) : 0), 0),
    informal: draw(scale(0.008, 3), (p) => (adult(p) && p.gender === 'f' ? (p.row.street?.includes('Zapote') ? 20 : 0.2) : 0), 0),
    pantry: draw(scale(0.012, 3), (p) => (ladderRank(p.stage) >= 2 ? 3 : 0.3), 0.2),
  };
  // The coordinator holds the relationship with the club from inside it.
  if (!chosen.club.includes(cast.COORDINATOR)) chosen.club.push(cast.COORDINATOR);

  const circleRow = (name: string, kind: CircleKind, description: string, ageDays: number): TCircleRow => {
    const createdAt = dayBefore(now, ageDays);
    return { id: rng.uuid(), name, kind, description, createdAt, updatedAt: createdAt };
  };
  const circles: TSeedCircle[] = CIRCLES.map((spec) => ({
    row: circleRow(spec.name, spec.kind, spec.description, rng.int(400, 900)),
    key: spec.key,
    members: chosen[spec.key],
  }));

  // Captains: in about two precincts of three, the longest-standing member who lives there.
  const captains: TCaptain[] = [];
  const captainIds = new Set<string>();
  for (const precinct of homePrecincts) {
    const best = people
      .filter((p) => p.precinct === precinct && (p.stage === 'LEADER' || p.stage === 'MEMBER'))
      .sort((a, b) => rank(b) - rank(a) || (a.memberSince?.getTime() ?? 0) - (b.memberSince?.getTime() ?? 0))[0];
    if (best && rng.chance(0.65)) {
      captains.push({ precinctId: precinct.row.id, personId: best.row.id });
      captainIds.add(best.row.id);
    }
  }

  // One team for every six precincts: their captains and most of their volunteers and up.
  for (let start = 0; start < homePrecincts.length; start += 6) {
    const block = new Set<TSeedPrecinct | null>(homePrecincts.slice(start, start + 6));
    const last = Math.min(start + 6, homePrecincts.length);
    circles.push({
      row: circleRow(
        `Precincts ${start + 1}–${last} team`,
        'PRECINCT_TEAM',
        `Captains and volunteers of precincts ${start + 1} to ${last} of the 25th Ward.`,
        rng.int(200, 500),
      ),
      key: 'team',
      members: people.filter((p) => block.has(p.precinct) && (captainIds.has(p.row.id) || (ladderRank(p.stage) >= 2 && rng.chance(0.7)))),
    });
  }

  const memberships: TMembershipRow[] = [];
  const fixedLeaders = new Map<TCircleKey, TSeedPerson[]>([
    ['ipo', [cast.ADMIN, cast.COORDINATOR]],
    ['club', [cast.COORDINATOR]],
  ]);
  for (const circle of circles) {
    const leaders = new Set(circle.key === 'team' ? [] : (fixedLeaders.get(circle.key) ?? []));
    const senior = circle.members.filter((p) => ladderRank(p.stage) >= 3);
    for (const p of rng.sample(senior.length > 0 ? senior : circle.members, circle.key === 'ipo' ? 4 : rng.int(1, 2))) leaders.add(p);
    for (const p of circle.members) {
      const isLeader = leaders.has(p) || (circle.key === 'team' && captainIds.has(p.row.id));
      const since = circle.key === 'ipo' && p.memberSince ? p.memberSince : dayBefore(now, rng.int(0, Math.max(0, daysBetween(p.enteredAt, now)) + 400));
      memberships.push(buildMembership(rng, circle.row.id, p.row.id, { role: isLeader ? 'LEADER' : 'MEMBER', since }));
    }
  }
  const byKey = new Map<TCircleKey, TSeedCircle>();
  for (const c of circles) if (c.key !== 'team') byKey.set(c.key, c);
  return { circles, memberships, captains, byKey };
}
