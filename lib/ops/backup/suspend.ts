import type pg from 'pg';
import { quoteIdent } from './catalog';

// While a restore loads its rows, the schema's constraints (foreign keys, primary keys, unique
// ones), indexes and user triggers are set aside, as pg_restore does: rows go in in any order
// (person and app_user point at each other), each index is built once over the whole table
// instead of row by row, and no trigger fires on a row that is only being put back. Everything is put back, by its own definition from
// the catalog, in the same transaction: adding a foreign key back checks every row against it,
// so a restore that commits has all of them whole. Only ownership of the tables is needed (no
// superuser, unlike session_replication_role), so it works on a managed PostgreSQL too.

type TDefinition = { table: string; name: string; definition: string };

export async function suspendForLoad(client: pg.ClientBase): Promise<() => Promise<void>> {
  const constraints = (types: string) =>
    client.query<TDefinition>(
      `SELECT conrelid::regclass::text AS table, conname::text AS name, pg_get_constraintdef(oid) AS definition
         FROM pg_constraint WHERE contype = ANY($1::"char"[]) AND connamespace = 'public'::regnamespace AND conrelid <> 0 ORDER BY 1, 2`,
      [types.split('')],
    );
  const { rows: foreignKeys } = await constraints('f');
  const { rows: keys } = await constraints('pux');
  // Indexes of their own (a constraint's index comes back with its constraint).
  const { rows: indexes } = await client.query<TDefinition>(
    `SELECT i.indrelid::regclass::text AS table, c.relname::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE c.relnamespace = 'public'::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY 1, 2`,
  );
  const { rows: triggers } = await client.query<TDefinition>(
    `SELECT t.tgrelid::regclass::text AS table, t.tgname::text AS name, '' AS definition
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal AND t.tgenabled <> 'D'`,
  );

  for (const c of [...foreignKeys, ...keys]) await client.query(`ALTER TABLE ${c.table} DROP CONSTRAINT ${quoteIdent(c.name)}`);
  for (const index of indexes) await client.query(`DROP INDEX ${quoteIdent(index.name)}`);
  for (const trigger of triggers) await client.query(`ALTER TABLE ${trigger.table} DISABLE TRIGGER ${quoteIdent(trigger.name)}`);

  return async () => {
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const key of keys) await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${quoteIdent(key.name)} ${key.definition}`);
    for (const index of indexes) await client.query(index.definition);
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.definition}`);
    for (const trigger of triggers) await client.query(`ALTER TABLE ${trigger.table} ENABLE TRIGGER ${quoteIdent(trigger.name)}`);
  };
}
