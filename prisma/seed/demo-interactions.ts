import type { Role } from '../../lib/generated/prisma/enums';
import { dayBefore, momentBefore, startOfUtcDay } from '../../tests/factories/dates';
import {
  INTERACTION_KIND_WEIGHTS, ONE_PERSON_KINDS, buildInteraction, summaryFor,
  type TInteractionPersonRow, type TInteractionRow,
} from '../../tests/factories/interactions';
import { displayName } from '../../tests/factories/names';
import { ladderRank } from '../../lib/vocabulary/ladder';
import type { TRandom } from '../../tests/factories/random';
import type { TScopeRow, TSeedOrganization } from './demo-allies';
import type { TCircles, TSeedCircle } from './demo-circles';
import type { TSeedPerson } from './demo-people';

// A year of logged contact by the coordinator and the admin, busier in recent months, with
// follow-ups: some done, some still open, a few past due.

/** The people a coordinator's scope rows reach through circles, organizations and precincts. */
export function peopleInScope(scopes: TScopeRow[], circles: TCircles, organizations: TSeedOrganization[], people: TSeedPerson[]): TSeedPerson[] {
  const found = new Set<TSeedPerson>();
  for (const s of scopes) {
    for (const c of circles.circles) if (c.row.id === s.circleId) c.members.forEach((p) => found.add(p));
    for (const o of organizations) if (o.row.id === s.organizationId) o.members.forEach((p) => found.add(p));
    if (s.precinctId) for (const p of people) if (p.row.precinctId === s.precinctId) found.add(p);
  }
  return [...found];
}

type TInput = {
  people: TSeedPerson[];
  circles: TCircles;
  organizations: TSeedOrganization[];
  scopes: TScopeRow[];
  users: Record<Role, string>;
  now: Date;
};

export function planInteractions(rng: TRandom, input: TInput): { interactions: TInteractionRow[]; links: TInteractionPersonRow[] } {
  const { people, circles, organizations, users, now } = input;
  const count = Math.round(people.length * 0.75);
  const reachable = (p: TSeedPerson) => !p.row.doNotContact;
  const inScope = peopleInScope(input.scopes, circles, organizations, people).filter(reachable);
  const everyone = people.filter(reachable);
  const scopedCircles = circles.circles.filter((c) => input.scopes.some((s) => s.circleId === c.row.id));
  const scopedOrgs = organizations.filter((o) => input.scopes.some((s) => s.organizationId === o.row.id));
  const today = startOfUtcDay(now);

  const interactions: TInteractionRow[] = [];
  const links: TInteractionPersonRow[] = [];
  for (let tries = 0; interactions.length < count && tries < count * 3; tries++) {
    const byCoordinator = rng.chance(0.6);
    // Busier lately; every contact falls on an earlier day than the seed's, at 8 am to 6 pm Chicago time.
    const daysAgo = 1 + Math.floor(364 * rng.next() ** 1.3);
    const occurredAt = momentBefore(now, daysAgo, rng.int(840, 1439));
    const kind = rng.weighted(INTERACTION_KIND_WEIGHTS);
    // Nobody is contacted before they are on record, nor called or texted without a line that allows it.
    const known = (p: TSeedPerson) =>
      p.enteredAt <= occurredAt && (kind !== 'CALL' || p.reach.call) && (kind !== 'TEXT' || p.reach.text);

    let org: TSeedOrganization | undefined;
    let circle: TSeedCircle | undefined;
    if (rng.chance(0.12)) {
      org = rng.pick(byCoordinator && scopedOrgs.length > 0 && rng.chance(0.7) ? scopedOrgs : organizations);
    } else if ((kind === 'MEETING' || kind === 'EVENT') && rng.chance(0.6)) {
      circle = rng.pick(byCoordinator && scopedCircles.length > 0 && rng.chance(0.8) ? scopedCircles : circles.circles);
    }

    const pool = org ? org.members : circle ? circle.members : byCoordinator && rng.chance(0.8) ? inScope : everyone;
    const size = ONE_PERSON_KINDS.includes(kind) ? 1 : org ? rng.int(1, 3) : rng.int(2, kind === 'SOCIAL' ? 5 : 10);
    // Drawn by rejection, which is far cheaper than weighing the whole pool each time. The
    // admin's contacts lean to those higher on the ladder; the coordinator's to anyone in scope.
    const chosen = new Set<TSeedPerson>();
    for (let draws = 0; pool.length > 0 && chosen.size < size && draws < size * 20; draws++) {
      const p = rng.pick(pool);
      if (!reachable(p) || !known(p)) continue;
      if (!byCoordinator && rng.next() * 5 > ladderRank(p.stage) + 1) continue;
      chosen.add(p);
    }
    const who = [...chosen];
    const first = who[0];
    if (!first) continue;

    const followUp = rng.chance(0.3) ? dayBefore(now, daysAgo - rng.int(2, 21)) : null;
    const row = buildInteraction(rng, {
      occurredAt,
      kind,
      loggedById: byCoordinator ? users.COORDINATOR : users.ADMIN,
      organizationId: org?.row.id ?? null,
      circleId: circle?.row.id ?? null,
      followUpOn: followUp,
      followUpDone: followUp !== null && followUp < today && rng.chance(0.75),
      summary: summaryFor(rng, kind, { name: displayName(first.row), circle: circle?.row.name, org: org?.row.name }),
    });
    if (row.createdAt instanceof Date && row.createdAt > now) row.createdAt = row.updatedAt = now;
    interactions.push(row);
    for (const p of who) links.push({ interactionId: row.id, personId: p.row.id });
  }
  return { interactions, links };
}
