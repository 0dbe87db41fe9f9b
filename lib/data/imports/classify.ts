import type pg from 'pg';
import { displayName } from '@/lib/format/person-name';
import { namesClearlyDiffer } from '@/lib/import/household';

// What the merge will do with each row, decided in SQL over the whole file at once: a group of
// rows (one person in the file) that shares an email or phone with exactly one person in Leaven
// updates them (MATCH); with none, it is a new person (NEW); with two or more, it is a CONFLICT
// left for a person to resolve, never guessed. A person in Leaven whose first name is clearly
// different from the group's (its first row's) is not them but someone of their household: kept
// as a pair for the review (lib/import/household.ts), unless the user chose to merge the two.
// A new person needs a name: a group without one is a bad row ("name.missing"). Run when the file
// is checked, and again inside the merge.

export async function classify(client: pg.PoolClient, importId: string): Promise<void> {
  // Start again from what normalising decided, so the merge sees today's database.
  await client.query(
    `UPDATE import_staged SET outcome = 'NEW', matched = '{}', problems = array_remove(problems, 'name.missing')
      WHERE import_id = $1 AND (outcome IN ('MATCH', 'CONFLICT') OR problems = '{name.missing}')`,
    [importId],
  );
  await matchLeaven(client, importId);
  await client.query(
    `UPDATE import_staged SET outcome = 'BAD', problems = '{name.missing}'
      WHERE import_id = $1 AND outcome = 'NEW' AND cluster IN (
        SELECT cluster FROM import_staged WHERE import_id = $1 AND outcome = 'NEW' GROUP BY cluster
        HAVING NOT bool_or(given_name IS NOT NULL OR family_name IS NOT NULL OR preferred_name IS NOT NULL))`,
    [importId],
  );
}

export type TOutcomeCounts = { newPeople: number; matchedPeople: number; duplicates: number; conflicts: number; bad: number };

export async function countOutcomes(client: pg.PoolClient, importId: string): Promise<TOutcomeCounts> {
  const { rows } = await client.query<Record<keyof TOutcomeCounts, string>>(
    `SELECT count(DISTINCT cluster) FILTER (WHERE outcome = 'NEW') AS "newPeople",
            (SELECT count(DISTINCT m) FROM import_staged, unnest(matched) m WHERE import_id = $1 AND outcome = 'MATCH') AS "matchedPeople",
            count(*) FILTER (WHERE outcome IN ('NEW', 'MATCH')) - count(DISTINCT cluster) FILTER (WHERE outcome IN ('NEW', 'MATCH')) AS duplicates,
            count(*) FILTER (WHERE outcome = 'CONFLICT') AS conflicts,
            count(*) FILTER (WHERE outcome = 'BAD') AS bad
       FROM import_staged WHERE import_id = $1`,
    [importId],
  );
  const r = rows[0]!;
  return { newPeople: +r.newPeople, matchedPeople: +r.matchedPeople, duplicates: +r.duplicates, conflicts: +r.conflicts, bad: +r.bad };
}

type THit = {
  cluster: number;
  person_id: string;
  via: 'email' | 'phone';
  given_name: string | null;
  preferred_name: string | null;
  row_given: string | null;
  row_family: string | null;
  row_preferred: string | null;
};

/** Matches each group against the people in Leaven who share an email or phone with it. */
async function matchLeaven(client: pg.PoolClient, importId: string): Promise<void> {
  const { rows: hits } = await client.query<THit>(
    `WITH hits AS (
       -- unnest() in the select list, not a LATERAL join: no function scan per row.
       SELECT x.cluster, e.person_id, 'email' AS via
         FROM (SELECT cluster, unnest(emails) AS email FROM import_staged WHERE import_id = $1 AND outcome = 'NEW') x
         JOIN person_email e ON e.email = x.email
       UNION
       SELECT x.cluster, ph.person_id, 'phone'
         FROM (SELECT cluster, unnest(phones) AS e164 FROM import_staged WHERE import_id = $1 AND outcome = 'NEW') x
         JOIN person_phone ph ON ph.e164 = x.e164
     )
     SELECT h.cluster, h.person_id, min(h.via) AS via, p.given_name, p.preferred_name,
            c.given_name AS row_given, c.family_name AS row_family, c.preferred_name AS row_preferred
       FROM hits h
       JOIN person p ON p.id = h.person_id AND p.deleted_at IS NULL
       JOIN import_staged c ON c.import_id = $1 AND c.line = h.cluster
      GROUP BY 1, 2, 4, 5, 6, 7, 8`,
    [importId],
  );
  // The user's choices from an earlier look at this import (the merge runs this again).
  const { rows: chosen } = await client.query<{ key: string }>(
    `SELECT line || ':' || person_id AS key FROM import_household WHERE import_id = $1 AND person_id IS NOT NULL AND merge`,
    [importId],
  );
  const merge = new Set(chosen.map((c) => c.key));
  const matched = new Map<number, string[]>();
  const pairs: (THit & { merge: boolean })[] = [];
  for (const h of hits) {
    const chose = merge.has(`${h.cluster}:${h.person_id}`);
    const household = namesClearlyDiffer({ givenName: h.row_given, preferredName: h.row_preferred }, { givenName: h.given_name, preferredName: h.preferred_name });
    if (household) pairs.push({ ...h, merge: chose });
    if (!household || chose) matched.set(h.cluster, [...(matched.get(h.cluster) ?? []), h.person_id]);
  }
  await client.query('DELETE FROM import_household WHERE import_id = $1 AND person_id IS NOT NULL', [importId]);
  if (pairs.length) {
    await client.query(
      `INSERT INTO import_household (import_id, line, name, person_id, via, merge) SELECT $1, * FROM unnest($2::int[], $3::text[], $4::uuid[], $5::text[], $6::bool[])`,
      [
        importId,
        pairs.map((h) => h.cluster),
        pairs.map((h) => displayName({ givenName: h.row_given, familyName: h.row_family, preferredName: h.row_preferred })),
        pairs.map((h) => h.person_id),
        pairs.map((h) => h.via),
        pairs.map((h) => h.merge),
      ],
    );
  }
  if (matched.size === 0) return;
  // Ids sorted as PostgreSQL sorts uuids (their lower-case hex), so the first is the same as before.
  const groups = [...matched].map(([cluster, people]) => ({ cluster, people: [...new Set(people)].sort() }));
  await client.query(
    `UPDATE import_staged s
        SET outcome = CASE WHEN cardinality(m.people) = 1 THEN 'MATCH' ELSE 'CONFLICT' END, matched = m.people
       FROM (SELECT cluster, string_to_array(people, ',')::uuid[] AS people FROM unnest($2::int[], $3::text[]) AS u(cluster, people)) m
      WHERE s.import_id = $1 AND s.cluster = m.cluster AND s.outcome = 'NEW'`,
    [importId, groups.map((g) => g.cluster), groups.map((g) => g.people.join(','))],
  );
}
