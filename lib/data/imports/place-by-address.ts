import type pg from 'pg';

// New people whose rows name no precinct, placed by their street address: where people already
// on record at the same address (leaven_street_key: folded, the unit left out) all have the same
// precinct, the new person gets it. Only groups of rows that name no precinct at all, and whose
// ward (if the file gives one) agrees. Run after classify, at the check and again in the merge.

export async function placeByAddress(client: pg.PoolClient, importId: string): Promise<void> {
  await client.query(
    `WITH wanted AS (
       SELECT DISTINCT leaven_street_key(s.street) AS key FROM import_staged s
        WHERE s.import_id = $1 AND s.outcome = 'NEW' AND s.precinct_id IS NULL AND s.street IS NOT NULL
     ), known AS (
       SELECT leaven_street_key(p.street) AS key, (array_agg(DISTINCT p.precinct_id))[1] AS precinct_id
         FROM person p
        WHERE p.deleted_at IS NULL AND p.precinct_id IS NOT NULL AND p.street IS NOT NULL
          AND leaven_street_key(p.street) IN (SELECT key FROM wanted WHERE key IS NOT NULL)
        GROUP BY 1 HAVING count(DISTINCT p.precinct_id) = 1
     )
     UPDATE import_staged s SET precinct_id = k.precinct_id, ward_id = pc.ward_id, placed_by_address = true
       FROM known k JOIN precinct pc ON pc.id = k.precinct_id
      WHERE s.import_id = $1 AND s.outcome = 'NEW' AND s.precinct_id IS NULL AND s.street IS NOT NULL
        AND leaven_street_key(s.street) = k.key AND (s.ward_id IS NULL OR s.ward_id = pc.ward_id)
        AND NOT EXISTS (SELECT 1 FROM import_staged o WHERE o.import_id = s.import_id AND o.cluster = s.cluster AND o.precinct_id IS NOT NULL)`,
    [importId],
  );
}

export type TPlacement = { placed: number; unplaced: number };

/** Of the new people the merge would create, how many were placed by their address, and how many have no precinct. */
export async function countPlacement(client: pg.PoolClient, importId: string): Promise<TPlacement> {
  const { rows } = await client.query<{ placed: number; unplaced: number }>(
    `SELECT count(*) FILTER (WHERE placed)::int AS placed, count(*) FILTER (WHERE NOT placed_somewhere)::int AS unplaced
       FROM (SELECT bool_or(placed_by_address) AS placed, bool_or(precinct_id IS NOT NULL) AS placed_somewhere
               FROM import_staged WHERE import_id = $1 AND outcome = 'NEW' GROUP BY cluster) g`,
    [importId],
  );
  return rows[0] ?? { placed: 0, unplaced: 0 };
}
