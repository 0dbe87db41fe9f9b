import type { Writable } from 'node:stream';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { MIGRATION_LOCK_KEY } from '../locks';
import { writeBlock, writeJsonBlock } from './blocks';
import { listSequences, listTables, quoteIdent } from './catalog';
import { BackupError } from './errors';
import { writeBackupFile } from './file';
import type { TKeySource } from './keys';

// `npm run backup` and the scheduled backup: every table of the database, read in ONE read-only
// REPEATABLE READ transaction (one snapshot: rows written meanwhile are all in or all out), each
// streamed with COPY ... TO STDOUT in PostgreSQL's text format, which any later PostgreSQL reads
// back. No row is held in memory beyond a block of about 64 KB. No pg_dump is needed.

export type TManifest = {
  format: 1;
  createdAt: string;
  server: string;
  /** The migrations applied when the snapshot was taken: a restore applies these, loads, then any newer. */
  migrations: { name: string; checksum: string }[];
  tables: string[];
  sequences: { name: string; value: string; isCalled: boolean }[];
  /** The key that signs session cookies, so that a restored server keeps everyone signed in. */
  authSecret: string | null;
};

export type TTableEnd = { rows: number };
export type TBackupResult = { tables: { name: string; rows: number }[]; manifest: TManifest };
export type TBackupOptions = {
  key: TKeySource | null;
  authSecret: string | null;
  /** Test seam: awaited after each table is written, inside the snapshot. */
  afterTable?: (name: string) => Promise<void> | void;
};

const ROWS_BLOCK = 64 * 1024;

export async function backupDatabase(url: string, out: Writable, options: TBackupOptions): Promise<TBackupResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const file = await writeBackupFile(out, options.key);
  // A failed write (a full disk) must stop the reading too.
  let failed: unknown = null;
  file.done.catch((e: unknown) => (failed ??= e));
  try {
    // Shared: backups run side by side, but never while a migration changes the tables.
    await client.query('SELECT pg_advisory_lock_shared($1)', [MIGRATION_LOCK_KEY]);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const manifest = await readManifest(client, options.authSecret);
    await writeJsonBlock(file.input, 'manifest', manifest);
    const tables: TBackupResult['tables'] = [];
    for (const table of await listTables(client)) {
      if (failed) throw failed;
      await writeJsonBlock(file.input, 'table', table);
      const rows = await copyTable(client, table.name, table.columns, file.input);
      await writeJsonBlock(file.input, 'tableEnd', { rows } satisfies TTableEnd);
      tables.push({ name: table.name, rows });
      await options.afterTable?.(table.name);
    }
    await writeJsonBlock(file.input, 'end', { tables: tables.length });
    await client.query('COMMIT');
    file.input.end();
    await file.done;
    return { tables, manifest };
  } catch (e) {
    file.input.destroy(e instanceof Error ? e : new Error(String(e)));
    await file.done.catch(() => undefined);
    throw failed ?? e;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function readManifest(client: pg.Client, authSecret: string | null): Promise<TManifest> {
  const has = await client.query(`SELECT 1 FROM pg_class WHERE relname = '_prisma_migrations' AND relnamespace = 'public'::regnamespace`);
  if (has.rowCount === 0) throw new BackupError('This database has no Leaven tables: there is nothing to back up.');
  const [version, migrations, tables] = [
    await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`),
    await client.query<{ name: string; checksum: string }>(
      `SELECT migration_name AS name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    ),
    await listTables(client),
  ];
  const sequences: TManifest['sequences'] = [];
  for (const name of await listSequences(client)) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${quoteIdent(name)}`);
    sequences.push({ name, value: rows[0]!.last_value, isCalled: rows[0]!.is_called });
  }
  return {
    format: 1,
    createdAt: new Date().toISOString(),
    server: version.rows[0]!.v,
    migrations: migrations.rows,
    tables: tables.map((t) => t.name),
    sequences,
    authSecret,
  };
}

/** Streams one table's rows into `rows` blocks; returns how many rows the server sent. */
async function copyTable(client: pg.Client, name: string, columns: string[], out: Writable): Promise<number> {
  const stream = client.query(copyTo(`COPY ${quoteIdent(name)} (${columns.map(quoteIdent).join(', ')}) TO STDOUT`));
  let pending: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= ROWS_BLOCK) {
      await writeBlock(out, 'rows', Buffer.concat(pending));
      pending = [];
      size = 0;
    }
  }
  if (size > 0) await writeBlock(out, 'rows', Buffer.concat(pending));
  return stream.rowCount;
}
