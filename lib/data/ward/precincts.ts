import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { personScopeSql } from '@/lib/access/scopes/people';
import { SNAPSHOT_MAX_AGE_MS, snapshotKey, withSnapshot } from '@/lib/db/snapshots';
import { Prisma } from '@/lib/generated/prisma/client';
import { strengthScore } from '@/lib/ward/strength';
import { can, requireCan } from '@/lib/access/capabilities';

// The ward picture: every precinct (their names and numbers are public) with what the
// organization has there, counted over the people the actor may see. For leadership each count
// is its own statement, run in parallel on the pool; for a coordinator one statement, so their
// scope (a set of ids built from several tables) is worked out once. Members have no precinct view.

type TCount = { precinct_id: string; n: number };
type TPeopleCount = { precinct_id: string; people: number; members: number; leaders: number };
type TPrecinct = {
  id: string; ward: number; number: number; name: string | null; captain_id: string | null;
  captain_visible: boolean; captain_given: string | null; captain_family: string | null; captain_preferred: string | null;
};

/** The people the actor may see who live in a precinct, as a CTE named sp (kept once when read twice). */
const scoped = (actor: TActor, materialized = false) =>
  Prisma.sql`sp AS ${Prisma.raw(materialized ? 'MATERIALIZED' : 'NOT MATERIALIZED')} (SELECT p.id, p.precinct_id, p.ladder_stage FROM person p WHERE p.precinct_id IS NOT NULL AND ${personScopeSql(actor, 'p', 'set')})`;

export function precinctQueries(actor: TActor, since: Date) {
  const sp = scoped(actor);
  return {
    precincts: Prisma.sql`
      SELECT pr.id, w.number AS ward, pr.number, pr.name, pr.captain_id, (cap.id IS NOT NULL) AS captain_visible,
             cap.given_name AS captain_given, cap.family_name AS captain_family, cap.preferred_name AS captain_preferred
        FROM precinct pr JOIN ward w ON w.id = pr.ward_id
        LEFT JOIN person cap ON cap.id = pr.captain_id AND ${personScopeSql(actor, 'cap', 'set')}
       ORDER BY w.number, pr.number`,
    people: Prisma.sql`WITH ${sp}
      SELECT precinct_id, count(*)::int AS people,
             count(*) FILTER (WHERE ladder_stage IN ('MEMBER', 'LEADER'))::int AS members,
             count(*) FILTER (WHERE ladder_stage = 'LEADER')::int AS leaders
        FROM sp GROUP BY precinct_id`,
    // DISTINCT pairs then a count: hashed, where count(DISTINCT ...) would sort.
    circles: Prisma.sql`WITH ${sp}
      SELECT precinct_id, count(*)::int AS n FROM (
        SELECT DISTINCT sp.precinct_id, cm.circle_id FROM sp JOIN circle_membership cm ON cm.person_id = sp.id
          JOIN circle c ON c.id = cm.circle_id AND c.deleted_at IS NULL) x
       GROUP BY precinct_id`,
    relationships: Prisma.sql`WITH ${scoped(actor, true)}
      SELECT a.precinct_id, count(*)::int AS n
        FROM relationship r JOIN sp a ON a.id = r.person_a_id JOIN sp b ON b.id = r.person_b_id
       WHERE a.precinct_id = b.precinct_id GROUP BY a.precinct_id`,
    interactions: Prisma.sql`WITH ${sp}
      SELECT precinct_id, count(*)::int AS n FROM (
        SELECT DISTINCT sp.precinct_id, ip.interaction_id
          FROM interaction i JOIN interaction_person ip ON ip.interaction_id = i.id JOIN sp ON sp.id = ip.person_id
         WHERE i.occurred_at >= ${since}) x
       GROUP BY precinct_id`,
  };
}

/** One statement for a scoped actor: their set of people is worked out once and shared. */
function oneStatement(actor: TActor, since: Date): Prisma.Sql {
  return Prisma.sql`
    WITH sp AS MATERIALIZED (
      SELECT p.id, p.precinct_id, p.ladder_stage FROM person p WHERE p.precinct_id IS NOT NULL AND ${personScopeSql(actor, 'p', 'set')}
    ),
    counts AS (
      SELECT precinct_id, count(*)::int AS people,
             count(*) FILTER (WHERE ladder_stage IN ('MEMBER', 'LEADER'))::int AS members,
             count(*) FILTER (WHERE ladder_stage = 'LEADER')::int AS leaders
        FROM sp GROUP BY precinct_id
    ),
    -- DISTINCT pairs then a count: hashed, where count(DISTINCT ...) would sort.
    circles AS (
      SELECT precinct_id, count(*)::int AS circles FROM (
        SELECT DISTINCT sp.precinct_id, cm.circle_id
          FROM sp JOIN circle_membership cm ON cm.person_id = sp.id
          JOIN circle c ON c.id = cm.circle_id AND c.deleted_at IS NULL) x
       GROUP BY precinct_id
    ),
    rels AS (
      SELECT a.precinct_id, count(*)::int AS relationships
        FROM relationship r JOIN sp a ON a.id = r.person_a_id JOIN sp b ON b.id = r.person_b_id
       WHERE a.precinct_id = b.precinct_id
       GROUP BY a.precinct_id
    ),
    acts AS (
      SELECT precinct_id, count(*)::int AS interactions FROM (
        SELECT DISTINCT sp.precinct_id, ip.interaction_id
          FROM interaction i JOIN interaction_person ip ON ip.interaction_id = i.id JOIN sp ON sp.id = ip.person_id
         WHERE i.occurred_at >= ${since}) x
       GROUP BY precinct_id
    )
    SELECT pr.id, w.number AS ward, pr.number, pr.name, pr.captain_id,
           (cap.id IS NOT NULL) AS captain_visible, cap.given_name AS captain_given, cap.family_name AS captain_family, cap.preferred_name AS captain_preferred,
           COALESCE(counts.people, 0) AS people, COALESCE(counts.members, 0) AS members, COALESCE(counts.leaders, 0) AS leaders,
           COALESCE(circles.circles, 0) AS circles, COALESCE(rels.relationships, 0) AS relationships, COALESCE(acts.interactions, 0) AS interactions
      FROM precinct pr JOIN ward w ON w.id = pr.ward_id
      LEFT JOIN person cap ON cap.id = pr.captain_id AND ${personScopeSql(actor, 'cap', 'set')}
      LEFT JOIN counts ON counts.precinct_id = pr.id
      LEFT JOIN circles ON circles.precinct_id = pr.id
      LEFT JOIN rels ON rels.precinct_id = pr.id
      LEFT JOIN acts ON acts.precinct_id = pr.id
     ORDER BY w.number, pr.number`;
}

export const DAYS_OF_ACTIVITY = 90;

/** The precinct table as the page shows it: from a snapshot at most two minutes old, with its time. */
export async function getPrecinctTable(actor: TActor) {
  requireCan(actor, 'precincts.read');
  const { value, computedAt } = await withSnapshot(snapshotKey('precincts:v1', actor), SNAPSHOT_MAX_AGE_MS, () => listPrecincts(actor));
  return { rows: value, computedAt };
}

/** Every precinct's figures, computed now. */
export async function listPrecincts(actor: TActor, now = new Date()) {
  requireCan(actor, 'precincts.read');
  const since = new Date(now.getTime() - DAYS_OF_ACTIVITY * 86_400_000);
  if (!can(actor, 'scope.all')) return (await db.$queryRaw<(TPrecinct & TPeopleCount & Record<'circles' | 'relationships' | 'interactions', number>)[]>(oneStatement(actor, since))).map(toRow);
  const q = precinctQueries(actor, since);
  const [precincts, people, circles, relationships, interactions] = await Promise.all([
    db.$queryRaw<TPrecinct[]>(q.precincts),
    db.$queryRaw<TPeopleCount[]>(q.people),
    db.$queryRaw<TCount[]>(q.circles),
    db.$queryRaw<TCount[]>(q.relationships),
    db.$queryRaw<TCount[]>(q.interactions),
  ]);
  const byPrecinct = <T extends { precinct_id: string }>(rows: T[]) => new Map(rows.map((r) => [r.precinct_id, r]));
  const [p, c, r, i] = [byPrecinct(people), byPrecinct(circles), byPrecinct(relationships), byPrecinct(interactions)];
  return precincts.map((pr) =>
    toRow({
      ...pr,
      people: p.get(pr.id)?.people ?? 0,
      members: p.get(pr.id)?.members ?? 0,
      leaders: p.get(pr.id)?.leaders ?? 0,
      circles: c.get(pr.id)?.n ?? 0,
      relationships: r.get(pr.id)?.n ?? 0,
      interactions: i.get(pr.id)?.n ?? 0,
    }),
  );
}

type TCounts = Omit<TPeopleCount, 'precinct_id'> & { circles: number; relationships: number; interactions: number };

function toRow(pr: TPrecinct & TCounts) {
  const counts = {
    people: pr.people, members: pr.members, leaders: pr.leaders, circles: pr.circles,
    relationships: pr.relationships, interactions: pr.interactions, captain: pr.captain_id !== null,
  };
  const { people: residents, ...rest } = counts;
  return {
    id: pr.id,
    ward: pr.ward,
    number: pr.number,
    name: pr.name,
    residents,
    ...rest,
    // Security: a captain the actor may not see is shown as "a captain", never by name.
    captainName: pr.captain_visible ? { givenName: pr.captain_given, familyName: pr.captain_family, preferredName: pr.captain_preferred } : null,
    captainId: pr.captain_visible ? pr.captain_id : null,
    strength: strengthScore(counts),
  };
}
export type TPrecinctRow = Awaited<ReturnType<typeof listPrecincts>>[number];
