import pg from 'pg';
import { dayOf, DEFAULT_TIME_ZONE } from '../../lib/format/dates';

// A synthetic organization of `people` people for the ward benchmarks, written with set-based
// SQL (generate_series and a hash of the row number) so it builds in seconds and is the same
// on every run: 3 wards of 60 precincts, 300 circles, 60 allies, ~100k ties, 300k logged
// contacts, 150k ladder moves, 40 mobilizations with 20k commitments, and one coordinator
// assigned to 10 circles, 5 allies and 10 precincts who logged 1 contact in 50 (6,000). Neighbours in row order share a precinct.

export type TWardOrg = { adminId: string; coordinatorId: string; circleIds: string[]; organizationIds: string[]; precinctIds: string[] };

const H = (expr: string, salt: number) => `(hashint8((${expr})::bigint * 7919 + ${salt})::bigint & 2147483647)`;

export async function buildWardOrg(url: string, people = 100_000): Promise<TWardOrg> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const q = (sql: string, params: unknown[] = []) => c.query(sql, params);
  // The organization's today (a fresh database has the default zone), handed to SQL as a day.
  const today = dayOf(new Date(), DEFAULT_TIME_ZONE);
  try {
    await q('BEGIN');
    await q(`INSERT INTO ward (number, name) SELECT w, w || 'th Ward' FROM generate_series(1, 3) w`);
    await q(`INSERT INTO precinct (ward_id, number) SELECT w.id, n FROM ward w, generate_series(1, 60) n`);
    await q(`CREATE TEMP TABLE pr AS SELECT id, ward_id, (row_number() OVER (ORDER BY ward_id, number) - 1)::int AS k FROM precinct`);
    const users = await q(`INSERT INTO app_user (email, password_hash, role) VALUES ('admin@bench.example', 'x', 'ADMIN'), ('coord@bench.example', 'x', 'COORDINATOR') RETURNING id, role`);
    const adminId = users.rows.find((u) => u.role === 'ADMIN').id as string;
    const coordinatorId = users.rows.find((u) => u.role === 'COORDINATOR').id as string;

    await q(`CREATE TEMP TABLE pn AS SELECT n, gen_random_uuid() AS id FROM generate_series(0, $1::int - 1) n`, [people]);
    await q(`CREATE UNIQUE INDEX ON pn (n)`);
    await q(`
      INSERT INTO person (id, given_name, family_name, precinct_id, ward_id, ladder_stage, member_since, added_by_user_id, recruited_by_id, preferred_language)
      SELECT pn.id, 'Given' || n, 'Family' || (n % 5000),
             CASE WHEN n % 50 = 0 THEN NULL ELSE pr.id END, CASE WHEN n % 50 = 0 THEN NULL ELSE pr.ward_id END,
             s.stage,
             CASE WHEN s.stage IN ('MEMBER', 'LEADER') THEN $3::date - (power(${H('n', 3)} % 1000 / 1000.0, 2) * 1000)::int END,
             CASE WHEN n % 97 = 0 THEN $2::uuid END,
             NULL,
             CASE WHEN n % 3 = 0 THEN 'en' ELSE 'es' END
        FROM pn JOIN pr ON pr.k = (n::bigint * 180 / $1::int)
        CROSS JOIN LATERAL (SELECT (CASE WHEN h < 600 THEN 'CONTACT' WHEN h < 800 THEN 'SUPPORTER' WHEN h < 900 THEN 'VOLUNTEER' WHEN h < 980 THEN 'MEMBER' ELSE 'LEADER' END)::"LadderStage" AS stage
                              FROM (SELECT ${H('n', 1)} % 1000 AS h) x) s`, [people, coordinatorId, today]);
    // Recruiters: someone earlier in row order (a neighbour), for a third of the people.
    await q(`UPDATE person p SET recruited_by_id = r.id FROM pn a JOIN pn r ON r.n = a.n - 1 - ${H('a.n', 5)} % 50 WHERE a.id = p.id AND a.n % 3 = 1 AND a.n > 60`);

    await q(`INSERT INTO circle (name, kind) SELECT 'Circle ' || n, (ARRAY['HOMETOWN_CLUB','FAITH','UNION','PRECINCT_TEAM','INFORMAL','SCHOOL_COUNCIL'])[1 + n % 6]::"CircleKind" FROM generate_series(0, 299) n`);
    await q(`CREATE TEMP TABLE cn AS SELECT id, (row_number() OVER (ORDER BY name) - 1)::int AS k FROM circle`);
    await q(`
      INSERT INTO circle_membership (circle_id, person_id, role, since)
      SELECT cn.id, pn.id, CASE WHEN pn.n % 40 = 1 THEN 'LEADER' ELSE 'MEMBER' END::"CircleRole", $1::date
        FROM pn JOIN cn ON cn.k = (pn.n / 400) % 300 WHERE pn.n % 3 <> 0
      UNION ALL
      SELECT cn.id, pn.id, 'MEMBER'::"CircleRole", $1::date FROM pn JOIN cn ON cn.k = ${H('pn.n', 11)} % 300 WHERE pn.n % 4 = 0
      ON CONFLICT DO NOTHING`, [today]);
    await q(`INSERT INTO organization (name, kind, closeness) SELECT 'Ally ' || n, 'COMMUNITY', (ARRAY['CORE_ALLY','ALLY','OCCASIONAL','DISTANT'])[1 + n % 4]::"Closeness" FROM generate_series(0, 59) n`);
    await q(`CREATE TEMP TABLE onum AS SELECT id, (row_number() OVER (ORDER BY name) - 1)::int AS k FROM organization`);
    await q(`INSERT INTO affiliation (organization_id, person_id) SELECT o.id, pn.id FROM pn JOIN onum o ON o.k = ${H('pn.n', 13)} % 60 WHERE pn.n % 5 = 0`);

    await q(`
      INSERT INTO relationship (person_a_id, person_b_id, kind, strength)
      SELECT LEAST(a.id, b.id), GREATEST(a.id, b.id), 'NEIGHBOUR', 2
        FROM pn a JOIN pn b ON b.n = a.n + CASE WHEN a.n % 2 = 0 THEN 1 WHEN a.n % 3 = 0 THEN 3 ELSE 1 + ${H('a.n', 17)} % 300 END
       WHERE a.n % 2 = 0 OR a.n % 3 = 0 OR a.n % 5 = 0
      ON CONFLICT DO NOTHING`);

    await q(`CREATE TEMP TABLE inum AS SELECT i, gen_random_uuid() AS id FROM generate_series(0, 299999) i`);
    await q(`
      INSERT INTO interaction (id, occurred_at, kind, summary, logged_by_id, organization_id, follow_up_on, follow_up_done)
      SELECT inum.id, now() - make_interval(days => (${H('i', 19)} % 730)::int, mins => i % 1440), 'CALL', 'Call ' || i,
             CASE WHEN i % 50 = 0 THEN $1::uuid ELSE $2::uuid END,
             CASE WHEN i % 15 = 0 THEN (SELECT id FROM onum WHERE k = ${H('i', 23)} % 57) END,
             CASE WHEN i % 20 = 0 THEN $3::date - (${H('i', 29)} % 400)::int + 30 END,
             (i % 40 = 0)
        FROM inum`, [coordinatorId, adminId, today]);
    await q(`
      INSERT INTO interaction_person (interaction_id, person_id)
      SELECT inum.id, pn.id FROM inum JOIN pn ON pn.n = ${H('inum.i', 31)} % $1::int
      UNION ALL
      SELECT inum.id, pn.id FROM inum JOIN pn ON pn.n = (${H('inum.i', 31)} + 1) % $1::int WHERE inum.i % 3 = 0
      ON CONFLICT DO NOTHING`, [people]);
    await q(`
      INSERT INTO ladder_change (person_id, from_stage, to_stage, changed_at)
      SELECT pn.id, (ARRAY['CONTACT','SUPPORTER','VOLUNTEER','MEMBER'])[1 + g % 4]::"LadderStage", (ARRAY['SUPPORTER','VOLUNTEER','MEMBER','LEADER'])[1 + g % 4]::"LadderStage",
             now() - make_interval(days => (${H('g', 37)} % 730)::int)
        FROM generate_series(0, 149999) g JOIN pn ON pn.n = ${H('g', 41)} % $1::int`, [people]);

    await q(`
      INSERT INTO mobilization (name, kind, starts_at, goal, goal_unit)
      SELECT 'Action ' || n, 'RALLY', now() + make_interval(days => (n - 30) * 3), 100, 'PEOPLE' FROM generate_series(0, 39) n`);
    await q(`INSERT INTO quota (mobilization_id, circle_id, target) SELECT m.id, cn.id, 25 FROM mobilization m JOIN cn ON cn.k < 3`);
    await q(`
      INSERT INTO commitment (mobilization_id, person_id, status)
      SELECT m.id, pn.id, (ARRAY['ASKED','COMMITTED','CONFIRMED','ATTENDED','NO_SHOW','DECLINED'])[1 + ${H('pn.n', 43)} % 6]::"CommitmentStatus"
        FROM (SELECT id, row_number() OVER (ORDER BY name) AS k FROM mobilization) m
        JOIN pn ON pn.n % 40 = m.k - 1 AND pn.n < 20000
      ON CONFLICT DO NOTHING`);

    const circleIds = (await q(`SELECT id FROM cn WHERE k < 10 ORDER BY k`)).rows.map((r) => r.id as string);
    const organizationIds = (await q(`SELECT id FROM onum WHERE k < 5 ORDER BY k`)).rows.map((r) => r.id as string);
    const precinctIds = (await q(`SELECT id FROM pr WHERE k < 10 ORDER BY k`)).rows.map((r) => r.id as string);
    await q(`
      INSERT INTO scope (user_id, kind, circle_id) SELECT $1, 'CIRCLE', unnest($2::uuid[]);
    `, [coordinatorId, circleIds]);
    await q(`INSERT INTO scope (user_id, kind, organization_id) SELECT $1, 'ORGANIZATION', unnest($2::uuid[])`, [coordinatorId, organizationIds]);
    await q(`INSERT INTO scope (user_id, kind, precinct_id) SELECT $1, 'PRECINCT', unnest($2::uuid[])`, [coordinatorId, precinctIds]);
    await q('COMMIT');
    await q('ANALYZE');
    return { adminId, coordinatorId, circleIds, organizationIds, precinctIds };
  } catch (e) {
    await q('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await c.end();
  }
}
