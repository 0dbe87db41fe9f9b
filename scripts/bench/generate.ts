import type pg from 'pg';
import { dayOf, DEFAULT_TIME_ZONE } from '../../lib/format/dates';
import { CIRCLE_KINDS, FAMILY_NAMES, GIVEN_NAMES, INTERACTION_KINDS, NICKNAMES, ORGANIZATION_KINDS, RELATIONSHIP_KINDS, TAGS, TOWNS } from './vocabulary';

// A synthetic organization generated inside PostgreSQL with INSERT ... SELECT generate_series:
// no rows cross the wire, so 100,000 people load in seconds. Every "random" choice is a hash of
// the row number and the seed (hashint8extended), so the same options give the same data on
// every machine. Ids are hashes too (v4-shaped), so the bench can name its actors and circles.

export type TGenerateOptions = { people: number; seed: number; log: (line: string) => void };

export type TBenchOrg = {
  people: number;
  adminUserId: string;
  coordinatorUserId: string;
  /** The circles the bench coordinator is assigned: a few large and middling ones. */
  coordinatorCircleIds: string[];
};

// The seed is written into bench_r's body so that PostgreSQL can inline it (a call per value
// of a plain SQL function would triple the load time).
const setup = (seed: number) => `
CREATE OR REPLACE FUNCTION bench_r(i bigint, k int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT (pg_catalog.hashint8extended(i, k::bigint * 7919 + ${Math.trunc(seed)}) & 2147483647)::float8 / 2147483648.0 $$;
CREATE OR REPLACE FUNCTION bench_uuid(t text) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT overlay(overlay(pg_catalog.md5(t) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$;
CREATE OR REPLACE FUNCTION bench_pick(a text[], r float8) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT a[1 + pg_catalog.floor(r * pg_catalog.array_length(a, 1))::int] $$;
`;

export const benchUuid = async (client: pg.Client, text: string) =>
  (await client.query<{ id: string }>('SELECT bench_uuid($1)::text AS id', [text])).rows[0]!.id;

type TStep = { label: string; sql: string; params?: unknown[] };

function steps(n: number): TStep[] {
  const wards = Math.max(1, Math.round(n / 25_000));
  const precincts = wards * 40;
  const circles = Math.max(12, Math.round(n / 100));
  const organizations = Math.max(5, Math.round(n / 500));
  const half = Math.floor(n / 2);
  // Each person has ~10 ties: five rows per person, each to the person `offset` further on.
  // Distinct offsets below n/2 never produce the same pair twice.
  const offsets = [1, 3, 17, 101, 997, 4999, 20011].filter((o) => o < half).slice(0, 5);
  return [
    { label: 'users', sql: `INSERT INTO app_user (id, email, password_hash, role, is_demo)
        SELECT bench_uuid('u' || k), 'bench' || k || '@example.org', 'not-a-hash', (CASE WHEN k = 0 THEN 'ADMIN' ELSE 'COORDINATOR' END)::"Role", true
        FROM generate_series(0, 10) k` },
    { label: 'wards', sql: `INSERT INTO ward (id, number, name) SELECT bench_uuid('w' || w), 10 + w, 'Ward ' || (10 + w) FROM generate_series(0, ${wards - 1}) w` },
    { label: 'precincts', sql: `
        INSERT INTO precinct (id, ward_id, number) SELECT bench_uuid('pr' || k), bench_uuid('w' || (k / 40)), 1 + k % 40 FROM generate_series(0, ${precincts - 1}) k;` },
    { label: 'people', params: [GIVEN_NAMES, FAMILY_NAMES, NICKNAMES], sql: `
        INSERT INTO person (id, given_name, family_name, preferred_name, preferred_language, languages, street, city, postal_code,
                            ward_id, precinct_id, ladder_stage, member_since, registered_voter, contact_consent, do_not_contact,
                            added_by_user_id, created_at, updated_at)
        SELECT bench_uuid('p' || i),
               CASE WHEN r_nick < 0.01 THEN NULL ELSE bench_pick($1, bench_r(i, 1)) END,
               CASE WHEN r_nick < 0.01 OR r_nick > 0.985 THEN NULL
                    WHEN bench_r(i, 2) < 0.15 THEN bench_pick($2, bench_r(i, 3)) || ' ' || bench_pick($2, bench_r(i, 4))
                    ELSE bench_pick($2, bench_r(i, 3)) END,
               CASE WHEN r_nick < 0.01 OR bench_r(i, 5) < 0.08 THEN bench_pick($3, bench_r(i, 6)) END,
               lang, ARRAY[lang], (1000 + pg_catalog.floor(bench_r(i, 7) * 3000))::int || ' S Tamarindo Ave', 'Chicago', '60623',
               CASE WHEN pidx IS NOT NULL THEN bench_uuid('w' || (pidx / 40)) END,
               CASE WHEN pidx IS NOT NULL THEN bench_uuid('pr' || pidx) END,
               stage::"LadderStage",
               CASE WHEN stage IN ('MEMBER', 'LEADER') THEN DATE '2019-01-01' + pg_catalog.floor(bench_r(i, 9) * 2500)::int END,
               (CASE WHEN bench_r(i, 10) < 0.45 THEN 'YES' WHEN bench_r(i, 10) < 0.8 THEN 'NO' ELSE 'UNKNOWN' END)::"VoterStatus",
               bench_r(i, 11) > 0.1, bench_r(i, 11) < 0.03,
               CASE WHEN bench_r(i, 12) < 0.01 THEN bench_uuid('u1') END,
               created, created + bench_r(i, 14) * interval '60 days'
        FROM (SELECT i, bench_r(i, 0) AS r_nick,
                     CASE WHEN bench_r(i, 15) < 0.03 THEN NULL ELSE pg_catalog.floor(bench_r(i, 16) * ${precincts})::int END AS pidx,
                     CASE WHEN bench_r(i, 17) < 0.68 THEN 'es' WHEN bench_r(i, 17) < 0.93 THEN 'en'
                          WHEN bench_r(i, 17) < 0.96 THEN 'pl' WHEN bench_r(i, 17) < 0.98 THEN 'zh' ELSE 'ar' END AS lang,
                     CASE WHEN bench_r(i, 8) < 0.55 THEN 'CONTACT' WHEN bench_r(i, 8) < 0.8 THEN 'SUPPORTER'
                          WHEN bench_r(i, 8) < 0.92 THEN 'VOLUNTEER' WHEN bench_r(i, 8) < 0.98 THEN 'MEMBER' ELSE 'LEADER' END AS stage,
                     TIMESTAMPTZ '2024-01-01 12:00Z' + bench_r(i, 13) * interval '700 days' AS created
              FROM generate_series(1, ${n}) i) s` },
    { label: 'emails', sql: `
        INSERT INTO person_email (id, person_id, email, is_primary)
        SELECT bench_uuid('e' || i), p.id,
               pg_catalog.regexp_replace(pg_catalog.lower(leaven_unaccent(COALESCE(p.given_name, p.preferred_name))), '[^a-z0-9]', '', 'g')
                 || COALESCE('.' || pg_catalog.regexp_replace(pg_catalog.lower(leaven_unaccent(pg_catalog.split_part(p.family_name, ' ', 1))), '[^a-z0-9]', '', 'g'), '')
                 || i || CASE WHEN bench_r(i, 21) < 0.7 THEN '@example.org' ELSE '@example.net' END,
               true
        FROM generate_series(1, ${n}) i JOIN person p ON p.id = bench_uuid('p' || i)
        WHERE bench_r(i, 20) < 0.6` },
    { label: 'phones', sql: `
        INSERT INTO person_phone (id, person_id, e164, is_primary)
        SELECT bench_uuid('ph' || i), bench_uuid('p' || i),
               '+1' || (ARRAY['773', '312', '872'])[1 + pg_catalog.floor(bench_r(i, 23) * 3)::int] || pg_catalog.lpad(((i::bigint * 7919) % 10000000)::text, 7, '0'),
               true
        FROM generate_series(1, ${n}) i WHERE bench_r(i, 22) < 0.8` },
    { label: 'circles', params: [CIRCLE_KINDS, TOWNS], sql: `
        INSERT INTO circle (id, name, kind, created_at, updated_at)
        SELECT bench_uuid('c' || k), CASE WHEN k = 0 THEN 'IPO members' ELSE 'Círculo ' || bench_pick($2, bench_r(k, 40)) || ' ' || k END,
               (CASE WHEN k = 0 THEN 'MEMBER_CIRCLE' ELSE bench_pick($1, bench_r(k, 41)) END)::"CircleKind",
               TIMESTAMPTZ '2023-06-01Z', TIMESTAMPTZ '2023-06-01Z'
        FROM generate_series(0, ${circles - 1}) k` },
    { label: 'circle memberships', sql: `
        INSERT INTO circle_membership (id, circle_id, person_id, role, since)
        SELECT bench_uuid('m' || i || ':' || j), bench_uuid('c' || pg_catalog.floor(${circles} * pg_catalog.power(bench_r(i * 4 + j, 31), 3))::int),
               bench_uuid('p' || i), (CASE WHEN bench_r(i * 4 + j, 32) < 0.05 THEN 'LEADER' ELSE 'MEMBER' END)::"CircleRole",
               DATE '2023-06-01' + pg_catalog.floor(bench_r(i * 4 + j, 33) * 900)::int
        FROM generate_series(1, ${n}) i, generate_series(1, 3) j
        WHERE j <= pg_catalog.floor(bench_r(i, 30) * 3.2)
        ON CONFLICT (circle_id, person_id) DO NOTHING` },
    { label: 'organizations', params: [ORGANIZATION_KINDS], sql: `
        INSERT INTO organization (id, name, kind, created_at, updated_at)
        SELECT bench_uuid('o' || k), 'Allied group ' || k, bench_pick($1, bench_r(k, 50))::"OrganizationKind", TIMESTAMPTZ '2023-01-01Z', TIMESTAMPTZ '2023-01-01Z'
        FROM generate_series(0, ${organizations - 1}) k` },
    { label: 'affiliations', sql: `
        INSERT INTO affiliation (id, organization_id, person_id, is_point_person)
        SELECT bench_uuid('a' || i), bench_uuid('o' || pg_catalog.floor(${organizations} * pg_catalog.power(bench_r(i, 52), 2))::int), bench_uuid('p' || i), bench_r(i, 53) < 0.02
        FROM generate_series(1, ${n}) i WHERE bench_r(i, 51) < 0.1` },
    { label: 'tags', params: [TAGS], sql: `
        INSERT INTO tag (id, name) SELECT bench_uuid('t' || k), ($1::text[])[k] FROM generate_series(1, ${TAGS.length}) k` },
    { label: 'tagged people', sql: `
        INSERT INTO person_tag (person_id, tag_id)
        SELECT bench_uuid('p' || i), bench_uuid('t' || (1 + pg_catalog.floor(bench_r(i * 2 + j, 61) * ${TAGS.length})::int))
        FROM generate_series(1, ${n}) i, generate_series(0, 1) j
        WHERE bench_r(i, 60) < CASE WHEN j = 0 THEN 0.2 ELSE 0.05 END
        ON CONFLICT DO NOTHING` },
    { label: 'relationships', params: [RELATIONSHIP_KINDS], sql: `
        INSERT INTO relationship (id, person_a_id, person_b_id, kind, strength)
        SELECT bench_uuid('r' || i || ':' || o), LEAST(a, b), GREATEST(a, b), bench_pick($1, bench_r(i * 8 + o % 7, 70))::"RelationshipKind",
               1 + pg_catalog.floor(bench_r(i * 8 + o % 7, 71) * 3)::int
        FROM generate_series(1, ${n}) i, unnest(ARRAY[${offsets.join(',')}]::int[]) o,
             LATERAL (SELECT bench_uuid('p' || i) AS a, bench_uuid('p' || ((i - 1 + o) % ${n} + 1)) AS b) x` },
    // Follow-ups around the organization's today (the settings' default zone), given as a parameter.
    { label: 'interactions', params: [INTERACTION_KINDS, dayOf(new Date(), DEFAULT_TIME_ZONE)], sql: `
        INSERT INTO interaction (id, occurred_at, kind, summary, logged_by_id, follow_up_on, follow_up_done, created_at, updated_at)
        SELECT bench_uuid('i' || k), at, bench_pick($1, bench_r(k, 81))::"InteractionKind", 'Bench contact ' || k,
               bench_uuid('u' || (CASE WHEN bench_r(k, 82) < 0.015 THEN 1 ELSE 2 + pg_catalog.floor(bench_r(k, 83) * 9)::int END)),
               CASE WHEN bench_r(k, 84) < 0.3 THEN $2::date + (pg_catalog.floor(bench_r(k, 85) * 60)::int - 40) END,
               bench_r(k, 86) < 0.5, at, at
        FROM (SELECT k, TIMESTAMPTZ '2025-06-01Z' - bench_r(k, 80) * interval '365 days' AS at FROM generate_series(1, ${half}) k) s` },
    { label: 'people in interactions', sql: `
        INSERT INTO interaction_person (interaction_id, person_id)
        SELECT bench_uuid('i' || k), bench_uuid('p' || (1 + pg_catalog.floor(bench_r(k * 2 + j, 87) * ${n})::int))
        FROM generate_series(1, ${half}) k, generate_series(0, 1) j
        WHERE j = 0 OR bench_r(k, 88) < 0.3
        ON CONFLICT DO NOTHING` },
    // The load skips triggers (replica mode, below), so last contacted is filled in as its migration does.
    { label: 'last contacted', sql: `
        UPDATE person p SET last_contacted_at = x.last
          FROM (SELECT ip.person_id, max(i.occurred_at) AS last FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id GROUP BY ip.person_id) x
         WHERE p.id = x.person_id` },
    { label: 'coordinator scope', sql: `
        INSERT INTO scope (id, user_id, kind, circle_id)
        SELECT bench_uuid('s' || k), bench_uuid('u1'), 'CIRCLE', bench_uuid('c' || k) FROM unnest(ARRAY[3, 8, 11]) k WHERE k < ${circles}` },
  ];
}

/** Drops the secondary indexes (not constraints) so that rows load fast, and returns their definitions. */
async function dropSecondaryIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; def: string }>(`
    SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
    WHERE i.schemaname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
      AND i.indexdef NOT LIKE 'CREATE UNIQUE%'`);
  for (const r of rows) await client.query(`DROP INDEX "${r.name.replace(/"/g, '""')}"`);
  return rows.map((r) => r.def);
}

export async function generateOrganization(client: pg.Client, { people, seed, log }: TGenerateOptions): Promise<TBenchOrg> {
  await client.query(setup(seed));
  await client.query("SET maintenance_work_mem = '256MB'");
  await client.query("SET work_mem = '64MB'");
  // Rows are consistent by construction; skipping the foreign-key triggers (superuser only) halves the load.
  const replica = await client.query("SET session_replication_role = 'replica'").then(() => true, () => false);
  const indexes = await dropSecondaryIndexes(client);
  for (const step of steps(people)) {
    const started = performance.now();
    await client.query(step.sql, step.params);
    log(`  ${step.label.padEnd(32)} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  let started = performance.now();
  for (const def of indexes) await client.query(def);
  log(`  ${`${indexes.length} indexes`.padEnd(32)} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (replica) await client.query("SET session_replication_role = 'origin'");
  started = performance.now();
  await client.query('VACUUM ANALYZE');
  log(`  ${'vacuum analyze'.padEnd(32)} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const coordinatorCircleIds = (
    await client.query<{ id: string }>("SELECT circle_id::text AS id FROM scope WHERE user_id = bench_uuid('u1') ORDER BY circle_id")
  ).rows.map((r) => r.id);
  return { people, adminUserId: await benchUuid(client, 'u0'), coordinatorUserId: await benchUuid(client, 'u1'), coordinatorCircleIds };
}
