import type pg from 'pg';
import type { TActor } from '@/lib/access/actor';
import { requireCan } from '@/lib/access/capabilities';
import { withClient } from '@/lib/db/pools';
import { displayName } from '@/lib/format/person-name';

// An import's household pairs (lib/import/household.ts): found while its rows are staged (two
// groups of the file) and checked (a group and a person in Leaven), listed in the review, where the
// user may choose to merge a pair; linked as family by the merge, and unlinked by its undo.

export type THouseholdView = {
  id: string;
  line: number;
  name: string;
  other: { line: number; name: string } | { personId: string; name: string } | null;
  via: 'email' | 'phone';
  merge: boolean;
  linked: boolean;
};

/** The pairs of an import, in file order, as the review and the finished import show them. */
export async function listHouseholds(actor: TActor, importId: string, limit = 100): Promise<{ total: number; pairs: THouseholdView[] }> {
  requireCan(actor, 'imports.run');
  return withClient(async (client) => {
    const { rows } = await client.query<{
      id: string; line: number; name: string; other_line: number | null; other_name: string | null; person_id: string | null; via: 'email' | 'phone';
      merge: boolean; linked: boolean; given_name: string | null; family_name: string | null; preferred_name: string | null; total: number;
    }>(
      `SELECT h.id, h.line, h.name, h.other_line, h.other_name, h.person_id, h.via, h.merge, h.relationship_id IS NOT NULL AS linked,
              p.given_name, p.family_name, p.preferred_name, (count(*) OVER ())::int AS total
         FROM import_household h LEFT JOIN person p ON p.id = h.person_id AND p.deleted_at IS NULL
        WHERE h.import_id = $1 ORDER BY h.line, h.other_line, h.person_id LIMIT $2`,
      [importId, limit],
    );
    const inLeaven = (r: (typeof rows)[number]) => (r.given_name || r.family_name || r.preferred_name ? { personId: r.person_id!, name: displayName({ givenName: r.given_name, familyName: r.family_name, preferredName: r.preferred_name }) } : null);
    const pairs = rows.map((r) => ({
      id: r.id,
      line: r.line,
      name: r.name,
      // Someone in Leaven deleted since is no longer shown.
      other: r.other_line !== null ? { line: r.other_line, name: r.other_name ?? '—' } : inLeaven(r),
      via: r.via,
      merge: r.merge,
      linked: r.linked,
    }));
    return { total: rows[0]?.total ?? 0, pairs };
  });
}

/** The merge, before anything else: pairs of the file the user said are one person become one group. */
export async function joinChosenPairs(client: pg.PoolClient, importId: string): Promise<void> {
  const { rows } = await client.query<{ a: number; b: number }>(
    `SELECT sa.cluster AS a, sb.cluster AS b FROM import_household h
       JOIN import_staged sa ON sa.import_id = h.import_id AND sa.line = h.line
       JOIN import_staged sb ON sb.import_id = h.import_id AND sb.line = h.other_line
      WHERE h.import_id = $1 AND h.merge AND sa.cluster <> sb.cluster`,
    [importId],
  );
  if (rows.length === 0) return;
  // Chosen pairs can chain (A with B, B with C): each group goes to the earliest of its chain.
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    const p = parent.get(x) ?? x;
    return p === x ? x : find(p);
  };
  for (const { a, b } of rows) {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
  const moved = [...parent.keys()];
  await client.query(
    `UPDATE import_staged s SET cluster = m.target, new_person_id = t.new_person_id
       FROM unnest($2::int[], $3::int[]) AS m(cluster, target)
       JOIN import_staged t ON t.import_id = $1 AND t.line = m.target
      WHERE s.import_id = $1 AND s.cluster = m.cluster`,
    [importId, moved, moved.map(find)],
  );
}

/**
 * The merge, once everyone is in: each pair the user did not merge is linked as family (unless
 * they already are related), audited like any new relationship, and remembered for the undo.
 * Reads t_row, the merge's rows with the person each goes to (merge-targets.ts).
 */
export async function linkHouseholds(client: pg.PoolClient, importId: string, actorUserId: string | null): Promise<void> {
  await client.query(
    `WITH pairs AS (
       SELECT h.id, ra.person_id AS a, COALESCE(rb.person_id, p.id) AS b
         FROM import_household h
         JOIN t_row ra ON ra.line = h.line
         LEFT JOIN t_row rb ON rb.line = h.other_line
         LEFT JOIN person p ON p.id = h.person_id AND p.deleted_at IS NULL
        WHERE h.import_id = $1 AND NOT h.merge
     ), links AS (
       SELECT DISTINCT LEAST(a, b) AS a, GREATEST(a, b) AS b FROM pairs WHERE b IS NOT NULL AND a <> b
     ), ins AS (
       INSERT INTO relationship (person_a_id, person_b_id, kind) SELECT a, b, 'FAMILY' FROM links ORDER BY a, b
       ON CONFLICT (person_a_id, person_b_id) DO NOTHING RETURNING id, person_a_id, person_b_id
     ), marked AS (
       UPDATE import_household h SET relationship_id = ins.id FROM pairs, ins
        WHERE h.id = pairs.id AND ins.person_a_id = LEAST(pairs.a, pairs.b) AND ins.person_b_id = GREATEST(pairs.a, pairs.b)
     )
     INSERT INTO audit_event (actor_user_id, action, entity_type, entity_id, changed_fields)
     SELECT $2, 'CREATE', 'relationship', id::text, '{kind}' FROM ins`,
    [importId, actorUserId],
  );
}

/** The relationships an import made, for its undo: they do not count as someone touching its people. */
export const IMPORT_LINKS = `SELECT relationship_id FROM import_household WHERE import_id = $1 AND relationship_id IS NOT NULL`;

/** The undo: the family links the import made go, audited. */
export async function unlinkHouseholds(client: pg.PoolClient, importId: string, actorUserId: string): Promise<void> {
  await client.query(
    `WITH gone AS (DELETE FROM relationship WHERE id IN (${IMPORT_LINKS}) RETURNING id)
     INSERT INTO audit_event (actor_user_id, action, entity_type, entity_id, changed_fields)
     SELECT $2, 'DELETE', 'relationship', id::text, '{}' FROM gone`,
    [importId, actorUserId],
  );
  await client.query('UPDATE import_household SET relationship_id = NULL WHERE import_id = $1', [importId]);
}
