import type pg from 'pg';
import { dayOf, DEFAULT_TIME_ZONE } from '../../lib/format/dates';

// The baselines: the same figures as the precinct table and the dashboard, written by hand
// as plain SQL over node-postgres, in a different shape (the scope as a UNION of index
// lookups, one statement per figure in parallel). The ratio says what the data layer costs.

export type TScope = { userId: string; circleIds: string[]; organizationIds: string[]; precinctIds: string[] } | null;

/** The ids the actor may see, as a CTE body; null scope is leadership's: every live person. */
function scopedSql(scope: TScope, params: unknown[]): string {
  if (!scope) return `SELECT id, precinct_id, ladder_stage, member_since FROM person WHERE deleted_at IS NULL`;
  params.push(scope.circleIds, scope.organizationIds, scope.precinctIds, scope.userId);
  const [c, o, p, u] = [params.length - 3, params.length - 2, params.length - 1, params.length].map((i) => `$${i}`);
  return `SELECT x.id, x.precinct_id, x.ladder_stage, x.member_since FROM person x WHERE x.deleted_at IS NULL AND x.id IN (
            SELECT person_id FROM circle_membership WHERE circle_id = ANY(${c}::uuid[])
            UNION SELECT person_id FROM affiliation WHERE organization_id = ANY(${o}::uuid[])
            UNION SELECT id FROM person WHERE precinct_id = ANY(${p}::uuid[])
            UNION SELECT id FROM person WHERE added_by_user_id = ${u}::uuid
            UNION SELECT ip.person_id FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id WHERE i.logged_by_id = ${u}::uuid)`;
}

export async function handPrecincts(pool: pg.Pool, scope: TScope) {
  const params: unknown[] = [];
  const sp = scopedSql(scope, params);
  const since = new Date(Date.now() - 90 * 86_400_000);
  const run = (sql: string, extra: unknown[] = []) => pool.query(sql, [...params, ...extra]);
  const [precincts, counts, circles, rels, acts] = await Promise.all([
    pool.query(`SELECT pr.id, w.number AS ward, pr.number, pr.captain_id FROM precinct pr JOIN ward w ON w.id = pr.ward_id`),
    run(`WITH sp AS (${sp}) SELECT precinct_id, count(*) n, count(*) FILTER (WHERE ladder_stage IN ('MEMBER','LEADER')) m, count(*) FILTER (WHERE ladder_stage = 'LEADER') l FROM sp GROUP BY 1`),
    run(`WITH sp AS (${sp}) SELECT sp.precinct_id, count(DISTINCT cm.circle_id) n FROM sp JOIN circle_membership cm ON cm.person_id = sp.id GROUP BY 1`),
    run(`WITH sp AS (${sp}) SELECT a.precinct_id, count(*) n FROM relationship r JOIN sp a ON a.id = r.person_a_id JOIN sp b ON b.id = r.person_b_id AND b.precinct_id = a.precinct_id GROUP BY 1`),
    run(`WITH sp AS (${sp}) SELECT sp.precinct_id, count(DISTINCT ip.interaction_id) n FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id AND i.occurred_at >= $${params.length + 1} JOIN sp ON sp.id = ip.person_id GROUP BY 1`, [since]),
  ]);
  // The figures by precinct, as the precinct table shows them (bench:ward checks they agree).
  const by = (rows: { precinct_id: string; n: string }[]) => new Map(rows.map((r) => [r.precinct_id, Number(r.n)]));
  const [c, r, a] = [by(circles.rows), by(rels.rows), by(acts.rows)];
  const people = new Map(counts.rows.map((x: { precinct_id: string; n: string; m: string; l: string }) => [x.precinct_id, x]));
  return new Map(
    precincts.rows.map((pr: { id: string }) => {
      const k = people.get(pr.id);
      return [pr.id, { residents: Number(k?.n ?? 0), members: Number(k?.m ?? 0), leaders: Number(k?.l ?? 0), circles: c.get(pr.id) ?? 0, relationships: r.get(pr.id) ?? 0, interactions: a.get(pr.id) ?? 0 }];
    }),
  );
}

export async function handDashboard(pool: pg.Pool, scope: TScope, userId: string) {
  const params: unknown[] = [];
  const sp = scopedSql(scope, params);
  const run = (sql: string, extra: unknown[] = []) => pool.query(sql, [...params, ...extra]);
  const n = params.length;
  // "Due" on the organization's day (the default zone in the bench's database), as the app counts it.
  const today = dayOf(new Date(), DEFAULT_TIME_ZONE);
  const results = await Promise.all([
    run(`WITH sp AS (${sp}) SELECT date_trunc('month', member_since) m, count(*) FROM sp WHERE ladder_stage IN ('MEMBER','LEADER') AND member_since IS NOT NULL GROUP BY 1`),
    run(`WITH sp AS (${sp}) SELECT ladder_stage, count(*) FROM sp GROUP BY 1`),
    run(`WITH sp AS (${sp}) SELECT lc.to_stage, count(*) FROM ladder_change lc JOIN sp ON sp.id = lc.person_id WHERE lc.changed_at >= now() - interval '90 days' AND lc.to_stage > lc.from_stage GROUP BY 1`),
    pool.query(`SELECT m.id, m.name, c.status, count(c.*) FROM (SELECT id, name FROM mobilization WHERE deleted_at IS NULL AND starts_at >= now() - interval '12 hours' ORDER BY starts_at LIMIT 4) m
                  LEFT JOIN commitment c ON c.mobilization_id = m.id GROUP BY 1, 2, 3`),
    pool.query(`SELECT o.id, o.name, max(i.occurred_at) FROM organization o LEFT JOIN interaction i ON i.organization_id = o.id WHERE o.deleted_at IS NULL ${scope ? `AND o.id = ANY($1::uuid[])` : ''}
                 GROUP BY 1, 2 HAVING max(i.occurred_at) IS NULL OR max(i.occurred_at) < now() - interval '60 days'`, scope ? [scope.organizationIds] : []),
    pool.query(`SELECT id, summary, follow_up_on, (SELECT count(*) FROM interaction WHERE follow_up_done = false AND follow_up_on <= $1::date ${scope ? 'AND logged_by_id = $2' : ''}) total
                  FROM interaction WHERE follow_up_done = false AND follow_up_on <= $1::date ${scope ? 'AND logged_by_id = $2' : ''} ORDER BY follow_up_on LIMIT 8`,
               scope ? [today, userId] : [today]),
  ]);
  void n;
  // The ladder as the dashboard shows it: people at each stage, and how many moved up to it.
  const count = (rows: Record<string, string>[], key: string) => new Map(rows.map((r) => [String(r[key]), Number(r.count)]));
  const [stages, moved] = [count(results[1]!.rows, 'ladder_stage'), count(results[2]!.rows, 'to_stage')];
  return { ladder: [...new Set([...stages.keys(), ...moved.keys()])].sort().map((stage) => ({ stage, people: stages.get(stage) ?? 0, movedUp: moved.get(stage) ?? 0 })), quiet: results[4]!.rowCount };
}
