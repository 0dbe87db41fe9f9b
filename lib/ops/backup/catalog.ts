import type pg from 'pg';

// What a backup holds and a restore rebuilds, read from PostgreSQL's catalog rather than listed by
// hand, so that a table added by a later migration is in the next backup without anyone
// remembering it. Objects that belong to an extension (pg_trgm, unaccent) are the extension's.

export type TTable = { name: string; columns: string[] };

const NOT_EXTENSION = `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`;

/** Every table of the schema with its stored columns (generated ones are computed again on restore). */
export async function listTables(client: pg.ClientBase): Promise<TTable[]> {
  const { rows } = await client.query<TTable>(
    `SELECT c.relname::text AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND ${NOT_EXTENSION}
      GROUP BY c.relname ORDER BY c.relname`,
  );
  return rows;
}

export async function listSequences(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname::text AS name FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S' AND ${NOT_EXTENSION} ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

/** How many relations of any kind the schema holds: a restore goes only into an empty one. */
export async function countRelations(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND ${NOT_EXTENSION}`,
  );
  return rows[0]!.n;
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
