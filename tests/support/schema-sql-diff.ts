import pg from 'pg';
import { prismaIndexes } from './schema-diff';
import { SQL_ONLY } from './schema-sql-only';

// The rest of the schema, beyond what schema-diff.ts compares: plain indexes against schema.prisma's
// @@index, and what Prisma's schema language cannot express (search indexes, partial and expression
// indexes, check constraints, functions, triggers) against the list in schema-sql-only.ts, which
// says what the migrations declare. One line per disagreement, in the form the list uses.

type TIndex = { tbl: string; name: string; def: string; cols: string[] | null; unique: boolean; plain: boolean; constraint: boolean };

const INDEXES = `
  SELECT t.relname AS tbl, ic.relname AS name, pg_get_indexdef(i.indexrelid) AS def, i.indisunique AS unique,
         EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u')) AS constraint,
         (am.amname = 'btree' AND i.indpred IS NULL AND i.indexprs IS NULL
           AND NOT EXISTS (SELECT 1 FROM unnest(i.indoption) o WHERE o <> 0)) AS plain,
         (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(i.indkey) WITH ORDINALITY k(n, ord)
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n) AS cols
    FROM pg_index i
    JOIN pg_class ic ON ic.oid = i.indexrelid
    JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_am am ON am.oid = ic.relam
   WHERE t.relnamespace = 'public'::regnamespace AND t.relname <> '_prisma_migrations'`;

const CHECKS = `SELECT conrelid::regclass::text || ' ' || conname || ': ' || pg_get_constraintdef(oid) AS line
                  FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype = 'c'`;
const FUNCTIONS = `SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') returns ' || pg_get_function_result(p.oid) AS line
                     FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`;
const TRIGGERS = `SELECT pg_get_triggerdef(t.oid) AS line FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                   WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal`;

function compare(what: string, inDb: string[], declared: readonly string[]): string[] {
  return [
    ...inDb.filter((l) => !declared.includes(l)).map((l) => `${what} in the database but not declared: ${l}`),
    ...declared.filter((l) => !inDb.includes(l)).map((l) => `${what} declared but not in the database: ${l}`),
  ];
}

export async function schemaSqlDiff(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const lines = async (sql: string) => (await client.query<{ line: string }>(sql)).rows.map((r) => r.line);
    const indexes = (await client.query<TIndex>(INDEXES)).rows;
    // Plain unique indexes are keys, compared with schema.prisma by schema-diff.ts.
    const plainIndexes = indexes.filter((i) => i.plain && !i.unique).map((i) => `${i.name} on ${i.tbl}(${i.cols!.join(', ')})`);
    const sqlOnlyIndexes = indexes.filter((i) => !i.plain && !i.constraint).map((i) => i.def);
    return [
      ...compare('index', plainIndexes, await prismaIndexes()),
      ...compare('index', sqlOnlyIndexes, SQL_ONLY.indexes),
      ...compare('check', await lines(CHECKS), SQL_ONLY.checks),
      ...compare('function', await lines(FUNCTIONS), SQL_ONLY.functions),
      ...compare('trigger', await lines(TRIGGERS), SQL_ONLY.triggers),
    ].sort();
  } finally {
    await client.end();
  }
}
