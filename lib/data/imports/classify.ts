import type pg from 'pg';

// What the merge will do with each row, decided in SQL over the whole file at once: a group of
// rows (one person in the file) that shares an email or phone with exactly one person in Leaven
// updates them (MATCH); with none, it is a new person (NEW); with two or more, it is a CONFLICT
// left for a person to resolve, never guessed. A new person needs a name: a group without one
// is a bad row ("name.missing"). Run when the file is checked, and again inside the merge.

export async function classify(client: pg.PoolClient, importId: string): Promise<void> {
  // Start again from what normalising decided, so the merge sees today's database.
  await client.query(
    `UPDATE import_staged SET outcome = 'NEW', matched = '{}', problems = array_remove(problems, 'name.missing')
      WHERE import_id = $1 AND (outcome IN ('MATCH', 'CONFLICT') OR problems = '{name.missing}')`,
    [importId],
  );
  await client.query(
    `WITH hits AS (
       -- unnest() in the select list, not a LATERAL join: no function scan per row.
       SELECT x.cluster, e.person_id
         FROM (SELECT cluster, unnest(emails) AS email FROM import_staged WHERE import_id = $1 AND outcome = 'NEW') x
         JOIN person_email e ON e.email = x.email
         JOIN person p ON p.id = e.person_id AND p.deleted_at IS NULL
       UNION
       SELECT x.cluster, ph.person_id
         FROM (SELECT cluster, unnest(phones) AS e164 FROM import_staged WHERE import_id = $1 AND outcome = 'NEW') x
         JOIN person_phone ph ON ph.e164 = x.e164
         JOIN person p ON p.id = ph.person_id AND p.deleted_at IS NULL
     ), groups AS (
       SELECT cluster, array_agg(DISTINCT person_id ORDER BY person_id) AS people FROM hits GROUP BY cluster
     )
     UPDATE import_staged s
        SET outcome = CASE WHEN cardinality(g.people) = 1 THEN 'MATCH' ELSE 'CONFLICT' END, matched = g.people
       FROM groups g
      WHERE s.import_id = $1 AND s.cluster = g.cluster AND s.outcome = 'NEW'`,
    [importId],
  );
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
