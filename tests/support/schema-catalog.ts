import pg from 'pg';

// What a PostgreSQL schema holds beyond its tables' columns, read from the catalog in a form that
// compares as text: indexes, constraints (checks, keys), functions, triggers and enums, each one
// line. Extensions' own functions (pg_trgm, unaccent) are left out: the migrations only ask for them.

export type TCatalog = {
  columns: string[];
  indexes: string[];
  constraints: string[];
  functions: string[];
  triggers: string[];
  enums: string[];
};

const QUERIES: Record<keyof TCatalog, string> = {
  columns: `SELECT table_name || '.' || column_name || ' ' || udt_name || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END
                   || coalesce(' default ' || column_default, '') || coalesce(' generated ' || generation_expression, '') AS line
              FROM information_schema.columns WHERE table_schema = 'public'`,
  indexes: `SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public'`,
  constraints: `SELECT conrelid::regclass::text || ' ' || conname || ': ' || pg_get_constraintdef(oid) AS line
                  FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid <> 0`,
  functions: `SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') returns ' || pg_get_function_result(p.oid)
                     || ' ' || md5(pg_get_functiondef(p.oid)) AS line
                FROM pg_proc p
               WHERE p.pronamespace = 'public'::regnamespace
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`,
  triggers: `SELECT pg_get_triggerdef(t.oid) AS line FROM pg_trigger t
               JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal`,
  enums: `SELECT t.typname || ': ' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS line
            FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname`,
};

export async function catalogOf(url: string): Promise<TCatalog> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const catalog: Record<string, string[]> = {};
    // One query at a time: a client runs them in turn anyway.
    for (const [key, sql] of Object.entries(QUERIES)) catalog[key] = (await client.query<{ line: string }>(sql)).rows.map((r) => r.line).sort();
    return catalog as TCatalog;
  } finally {
    await client.end();
  }
}
