import { readFileSync } from 'node:fs';
import path from 'node:path';
import internals from '@prisma/internals';
import pg from 'pg';

// Compares prisma/schema.prisma (parsed offline by Prisma's own WASM parser) with a migrated
// database: tables, columns, types, nullability, defaults, primary keys, unique constraints and
// foreign keys. Returns one line per disagreement, so a failing test names every one of them.

type TDmmfField = {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUnique: boolean;
  isId: boolean;
  hasDefaultValue: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};
type TDmmfModel = {
  name: string;
  dbName: string | null;
  fields: TDmmfField[];
  primaryKey: { fields: string[] } | null;
  uniqueFields: string[][];
};

const SCHEMA = path.resolve(import.meta.dirname, '../../prisma/schema.prisma');

export async function prismaModels(): Promise<{ models: TDmmfModel[]; enums: { name: string; values: { name: string }[] }[] }> {
  const dmmf = await internals.getDMMF({ datamodel: readFileSync(SCHEMA, 'utf8') });
  return dmmf.datamodel as unknown as { models: TDmmfModel[]; enums: { name: string; values: { name: string }[] }[] };
}

const col = (f: TDmmfField) => f.dbName ?? f.name;
const tableOf = (m: TDmmfModel) => m.dbName ?? m.name;

type TDmmfIndex = { model: string; type: string; dbName?: string | null; fields: { name: string }[] };

/** schema.prisma's plain (@@index) indexes, as `name on table(column, ...)`, named as Prisma names them. */
export async function prismaIndexes(): Promise<string[]> {
  const dmmf = await internals.getDMMF({ datamodel: readFileSync(SCHEMA, 'utf8') });
  const { models, indexes } = dmmf.datamodel as unknown as { models: TDmmfModel[]; indexes: TDmmfIndex[] };
  return indexes
    .filter((i) => i.type === 'normal')
    .map((i) => {
      const model = models.find((m) => m.name === i.model)!;
      const cols = i.fields.map((f) => col(model.fields.find((x) => x.name === f.name)!));
      return `${i.dbName ?? `${tableOf(model)}_${cols.join('_')}_idx`} on ${tableOf(model)}(${cols.join(', ')})`;
    });
}

/** The PostgreSQL type (udt_name and precision) Prisma expects for a scalar or enum field. */
function expectedType(f: TDmmfField): { udt: string; precision?: number } {
  const [native, args] = f.nativeType ?? [undefined, []];
  let base: { udt: string; precision?: number };
  if (f.kind === 'enum') base = { udt: f.type };
  else if (native === 'Uuid') base = { udt: 'uuid' };
  else if (native === 'SmallInt') base = { udt: 'int2' };
  else if (native === 'Date') base = { udt: 'date' };
  else if (native === 'Timestamptz') base = { udt: 'timestamptz', precision: Number(args[0] ?? 6) };
  else if (native === 'Timestamp') base = { udt: 'timestamp', precision: Number(args[0] ?? 6) };
  else if (native) base = { udt: native.toLowerCase() };
  else {
    const defaults: Record<string, { udt: string; precision?: number }> = {
      String: { udt: 'text' },
      Int: { udt: 'int4' },
      BigInt: { udt: 'int8' },
      Boolean: { udt: 'bool' },
      Float: { udt: 'float8' },
      Decimal: { udt: 'numeric' },
      Json: { udt: 'jsonb' },
      Bytes: { udt: 'bytea' },
      DateTime: { udt: 'timestamp', precision: 3 },
    };
    base = defaults[f.type] ?? { udt: `?${f.type}` };
  }
  return f.isList ? { udt: `_${base.udt}` } : base;
}

const DELETE_RULES: Record<string, string> = { a: 'NoAction', r: 'Restrict', c: 'Cascade', n: 'SetNull', d: 'SetDefault' };

export async function schemaDiff(url: string): Promise<string[]> {
  const { models } = await prismaModels();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = (
      await client.query<{ table_name: string; column_name: string; udt_name: string; is_nullable: string; datetime_precision: number | null; column_default: string | null }>(
        `SELECT table_name, column_name, udt_name, is_nullable, datetime_precision, column_default
           FROM information_schema.columns WHERE table_schema = 'public'`,
      )
    ).rows;
    const keyed = (
      await client.query<{ tbl: string; cols: string[]; kind: string }>(
        `SELECT t.relname AS tbl, i.indisprimary::text AS kind,
                array_agg(a.attname::text ORDER BY k.ord) AS cols
           FROM pg_index i
           JOIN pg_class t ON t.oid = i.indrelid
           JOIN pg_namespace n ON n.oid = t.relnamespace
           CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
           JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
          WHERE n.nspname = 'public' AND i.indisunique AND i.indpred IS NULL AND i.indexprs IS NULL
          GROUP BY i.indexrelid, t.relname, i.indisprimary`,
      )
    ).rows;
    const fks = (
      await client.query<{ tbl: string; ref: string; cols: string[]; refcols: string[]; del: string }>(
        `SELECT c.conrelid::regclass::text AS tbl, c.confrelid::regclass::text AS ref, c.confdeltype AS del,
                (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(n, ord)
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) AS cols,
                (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(n, ord)
                   JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n) AS refcols
           FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
      )
    ).rows;

    const problems: string[] = [];
    const dbTables = new Set(columns.map((c) => c.table_name).filter((t) => t !== '_prisma_migrations'));
    const modelTables = new Set(models.map(tableOf));
    for (const t of dbTables) if (!modelTables.has(t)) problems.push(`table ${t} is in the database but in no model`);

    for (const model of models) {
      const table = tableOf(model);
      if (!dbTables.has(table)) {
        problems.push(`model ${model.name}: table ${table} is missing from the database`);
        continue;
      }
      const dbCols = new Map(columns.filter((c) => c.table_name === table).map((c) => [c.column_name, c]));
      const scalars = model.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum');
      for (const f of scalars) {
        const c = dbCols.get(col(f));
        const where = `${model.name}.${f.name} (${table}.${col(f)})`;
        if (!c) {
          problems.push(`${where} is missing from the database`);
          continue;
        }
        const want = expectedType(f);
        if (c.udt_name !== want.udt) problems.push(`${where}: type ${c.udt_name} in the database, ${want.udt} in the schema`);
        if (want.precision !== undefined && c.datetime_precision !== want.precision) {
          problems.push(`${where}: precision ${c.datetime_precision} in the database, ${want.precision} in the schema`);
        }
        const nullable = c.is_nullable === 'YES';
        if (nullable === (f.isRequired || f.isList)) problems.push(`${where}: ${nullable ? 'nullable' : 'NOT NULL'} in the database, ${nullable ? 'required' : 'optional'} in the schema`);
        if (f.hasDefaultValue !== (c.column_default !== null)) problems.push(`${where}: default ${c.column_default ? 'in the database only' : 'in the schema only'}`);
      }
      const modelCols = new Set(scalars.map(col));
      for (const name of dbCols.keys()) if (!modelCols.has(name)) problems.push(`${table}.${name} is in the database but not in model ${model.name}`);

      const colsOf = (fields: string[]) => fields.map((n) => col(model.fields.find((f) => f.name === n)!));
      const pk = model.primaryKey?.fields ?? model.fields.filter((f) => f.isId).map((f) => f.name);
      const dbPk = keyed.find((k) => k.tbl === table && k.kind === 'true');
      if (JSON.stringify(dbPk?.cols) !== JSON.stringify(colsOf(pk))) problems.push(`${table}: primary key (${dbPk?.cols}) in the database, (${colsOf(pk)}) in the schema`);

      const wantUnique = [...model.uniqueFields, ...model.fields.filter((f) => f.isUnique).map((f) => [f.name])].map((u) => colsOf(u).join(','));
      const haveUnique = keyed.filter((k) => k.tbl === table && k.kind === 'false').map((k) => k.cols.join(','));
      for (const u of wantUnique) if (!haveUnique.includes(u)) problems.push(`${table}: unique (${u}) is in the schema but not the database`);
      for (const u of haveUnique) if (!wantUnique.includes(u)) problems.push(`${table}: unique (${u}) is in the database but not the schema`);

      const wantFks = model.fields
        .filter((f) => f.kind === 'object' && f.relationFromFields?.length)
        .map((f) => {
          const target = models.find((m) => m.name === f.type)!;
          const targetCols = f.relationToFields!.map((n) => col(target.fields.find((x) => x.name === n)!));
          const required = f.relationFromFields!.every((n) => model.fields.find((x) => x.name === n)!.isRequired);
          return `${colsOf(f.relationFromFields!)} -> ${tableOf(target)}(${targetCols}) on delete ${f.relationOnDelete ?? (required ? 'Restrict' : 'SetNull')}`;
        });
      const haveFks = fks.filter((k) => k.tbl === table).map((k) => `${k.cols} -> ${k.ref}(${k.refcols}) on delete ${DELETE_RULES[k.del]}`);
      for (const fk of wantFks) if (!haveFks.includes(fk)) problems.push(`${table}: foreign key ${fk} is in the schema but not the database`);
      for (const fk of haveFks) if (!wantFks.includes(fk)) problems.push(`${table}: foreign key ${fk} is in the database but not the schema`);
    }
    return problems;
  } finally {
    await client.end();
  }
}
