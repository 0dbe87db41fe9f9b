import type { TActor } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { personScopeSql } from '@/lib/data/person-scope-sql';
import { SNAPSHOT_MAX_AGE_MS, snapshotKey, withSnapshot } from '@/lib/data/snapshots';
import { notFoundError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { strengthScore } from '@/lib/ward/strength';

// The ward picture: every precinct (their names and numbers are public) with what the
// organization has there, counted over the people the actor may see. One SQL statement: the
// scoped people once, then each count grouped by precinct. Members have no precinct view.

type TRaw = {
  id: string; ward: number; number: number; name: string | null;
  captain_id: string | null; captain_visible: boolean; captain_given: string | null; captain_family: string | null; captain_preferred: string | null;
  people: number; members: number; leaders: number; circles: number; relationships: number; interactions: number;
};

export function precinctCountsSql(actor: TActor, since: Date): Prisma.Sql {
  return Prisma.sql`
    WITH sp AS MATERIALIZED (
      SELECT p.id, p.precinct_id, p.ladder_stage FROM person p WHERE p.precinct_id IS NOT NULL AND ${personScopeSql(actor, 'p')}
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
      LEFT JOIN person cap ON cap.id = pr.captain_id AND ${personScopeSql(actor, 'cap')}
      LEFT JOIN counts ON counts.precinct_id = pr.id
      LEFT JOIN circles ON circles.precinct_id = pr.id
      LEFT JOIN rels ON rels.precinct_id = pr.id
      LEFT JOIN acts ON acts.precinct_id = pr.id
     ORDER BY w.number, pr.number`;
}

export const DAYS_OF_ACTIVITY = 90;

/** The precinct table as the page shows it: from a snapshot at most two minutes old, with its time. */
export async function getPrecinctTable(actor: TActor) {
  if (actor.role === 'MEMBER') throw notFoundError();
  const { value, computedAt } = await withSnapshot(snapshotKey('precincts:v1', actor), SNAPSHOT_MAX_AGE_MS, () => listPrecincts(actor));
  return { rows: value, computedAt };
}

/** Every precinct's figures, computed now. */
export async function listPrecincts(actor: TActor, now = new Date()) {
  if (actor.role === 'MEMBER') throw notFoundError();
  const since = new Date(now.getTime() - DAYS_OF_ACTIVITY * 86_400_000);
  const rows = await db.$queryRaw<TRaw[]>(precinctCountsSql(actor, since));
  return rows.map((r) => {
    const counts = {
      people: r.people, members: r.members, leaders: r.leaders, circles: r.circles,
      relationships: r.relationships, interactions: r.interactions, captain: r.captain_id !== null,
    };
    const { people, ...rest } = counts;
    return {
      id: r.id,
      ward: r.ward,
      number: r.number,
      name: r.name,
      residents: people,
      ...rest,
      // Security: a captain the actor may not see is shown as "a captain", never by name.
      captainName: r.captain_visible ? { givenName: r.captain_given, familyName: r.captain_family, preferredName: r.captain_preferred } : null,
      captainId: r.captain_visible ? r.captain_id : null,
      strength: strengthScore(counts),
    };
  });
}
export type TPrecinctRow = Awaited<ReturnType<typeof listPrecincts>>[number];
