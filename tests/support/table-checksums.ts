import pg from 'pg';

// Every table's row count and a checksum of its contents (each row's text, in a fixed order),
// for tests that prove two databases hold the same data.

export type TChecksums = Record<string, { rows: number; md5: string }>;

export async function tableChecksums(url: string): Promise<TChecksums> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT quote_ident(relname) AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY relname`,
    );
    const out: TChecksums = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: number; md5: string | null }>(
        `SELECT count(*)::int AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C")) AS md5 FROM ${name} t`,
      );
      out[name] = { rows: rows[0]!.n, md5: rows[0]!.md5 ?? '' };
    }
    return out;
  } finally {
    await client.end();
  }
}

/** Every constraint and index of the schema, by its definition: a restored schema must match. */
export async function schemaShape(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ line: string }>(
      `SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS line FROM pg_constraint WHERE connamespace = 'public'::regnamespace
       UNION ALL
       SELECT pg_get_indexdef(indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relnamespace = 'public'::regnamespace
       ORDER BY 1`,
    );
    return rows.map((r) => r.line);
  } finally {
    await client.end();
  }
}
