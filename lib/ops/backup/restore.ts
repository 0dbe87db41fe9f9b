import { once } from 'node:events';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { withClient } from '../database';
import { MIGRATION_LOCK_KEY } from '../locks';
import { applyMigration, CREATE_MIGRATIONS_TABLE, migrate } from '../migrate';
import { readMigrations, type TMigrationFile } from '../migration-files';
import { parseJsonBlock, readBlocks, type TBlock } from './blocks';
import { countRelations, quoteIdent, type TTable } from './catalog';
import type { TManifest, TTableEnd } from './dump';
import { BackupError } from './errors';
import { readBackupFile } from './file';
import type { TKeySource } from './keys';
import { suspendForLoad } from './suspend';

// `npm run restore FILE`: into an EMPTY database only. The file is first read to its end (a wrong
// key, a cut or a changed file is found before anything is written); then, in one transaction, the
// migrations the backup was taken at are applied, the rows loaded with COPY ... FROM STDIN, and the
// foreign keys and indexes put back (suspend.ts). Migrations newer than the backup come after, as
// at any start. If anything fails, the transaction leaves the database as empty as it was.

export type TRestoreResult = { manifest: TManifest; tables: { name: string; rows: number }[]; newerMigrations: string[] };
type TOptions = {
  key: TKeySource | null;
  log?: (line: string) => void;
  migrationsDir?: string;
  /** The manifest verifyBackup returned for this file, when the caller already read it through. */
  verified?: TManifest;
};

/** Reads the whole file, checking its structure and seal; returns its manifest. Writes nothing. */
export async function verifyBackup(path: string, key: TKeySource | null): Promise<TManifest> {
  let manifest: TManifest | null = null;
  for await (const { block } of walk(path, key)) {
    if (block.kind === 'manifest') manifest = parseJsonBlock<TManifest>(block, 'manifest');
    if (block.kind === 'tableEnd') parseJsonBlock<TTableEnd>(block, 'tableEnd');
  }
  return manifest!;
}

/** The blocks of a backup in order, each with the table it belongs to; throws unless the file is whole. */
async function* walk(path: string, key: TKeySource | null): AsyncGenerator<{ block: TBlock; table: TTable | null }> {
  const { content } = await readBackupFile(path, key);
  const blocks = readBlocks(content);
  const first = await blocks.next();
  if (first.done) throw new BackupError('This backup file is empty.');
  yield { block: first.value, table: null };
  parseJsonBlock<TManifest>(first.value, 'manifest');
  let table: TTable | null = null;
  for await (const block of blocks) {
    if (block.kind === 'end') {
      if (table) break;
      yield { block, table: null };
      for await (const _ of blocks) throw new BackupError('This backup file has data after its end: it was damaged or changed.');
      return;
    }
    if (block.kind === 'table' && !table) table = parseJsonBlock<TTable>(block, 'table');
    else if ((block.kind !== 'rows' && block.kind !== 'tableEnd') || !table) break;
    yield { block, table };
    if (block.kind === 'tableEnd') table = null;
  }
  throw new BackupError('This backup file is incomplete: it ends before its last table.');
}

export async function restoreBackup(path: string, url: string, options: TOptions): Promise<TRestoreResult> {
  const log = options.log ?? (() => undefined);
  const manifest = options.verified ?? (await verifyBackup(path, options.key));
  log(`The backup is whole: taken ${manifest.createdAt} on PostgreSQL ${manifest.server}, ${manifest.tables.length} tables.`);
  const migrations = migrationsOf(manifest, await readMigrations(options.migrationsDir));

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let tables: TRestoreResult['tables'];
  try {
    await assertEmpty(client, url);
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await assertEmpty(client, url);
    await client.query(CREATE_MIGRATIONS_TABLE);
    for (const file of migrations) await applyMigration(client, file);
    log(`Applied the ${migrations.length} migrations the backup was taken at.`);
    const putBack = await suspendForLoad(client);
    // Rows a migration inserts (the settings row) come back from the backup instead; so do the
    // migrations' own records, with the times they were first applied.
    await client.query(`TRUNCATE ${manifest.tables.map(quoteIdent).join(', ')}`);
    tables = await loadRows(client, path, options.key);
    log(`Loaded ${tables.reduce((n, t) => n + t.rows, 0)} rows into ${tables.length} tables; checking every reference.`);
    await putBack().catch((e: unknown) => {
      // A foreign key that does not hold: rows from different moments, or an edited file.
      if ((e as { code?: string }).code === '23503') throw new BackupError(`The rows in this backup do not fit together (${(e as Error).message}): it was changed after it was written.`);
      throw e;
    });
    for (const s of manifest.sequences) await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [quoteIdent(s.name), s.value, s.isCalled]);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await client.end().catch(() => undefined);
  }
  // Fresh statistics, or the first queries plan as if every table were empty.
  await withClient(url, (c) => c.query('ANALYZE'));
  const { applied } = await migrate(url, { dir: options.migrationsDir, log });
  return { manifest, tables, newerMigrations: applied };
}

/** The files of the migrations the backup was taken at; refuses a backup from a newer or different Leaven. */
function migrationsOf(manifest: TManifest, files: TMigrationFile[]): TMigrationFile[] {
  const byName = new Map(files.map((f) => [f.name, f]));
  return manifest.migrations.map(({ name, checksum }) => {
    const file = byName.get(name);
    if (!file) throw new BackupError(`This backup was taken by a newer Leaven (it has migration ${name}): update this copy of Leaven (git pull), then restore.`);
    if (file.checksum !== checksum) throw new BackupError(`Migration ${name} here differs from the one this backup was taken with: restore with the Leaven version that took it.`);
    return file;
  });
}

export class NotEmptyError extends BackupError {}

async function assertEmpty(client: pg.Client, url: string): Promise<void> {
  const n = await countRelations(client);
  if (n > 0) {
    const name = decodeURIComponent(new URL(url).pathname.slice(1));
    throw new NotEmptyError(`The database "${name}" is not empty (${n} tables and other objects): restore into a new, empty database.`);
  }
}

/** The second pass: each table's rows into COPY ... FROM STDIN, counted against the backup's count. */
async function loadRows(client: pg.Client, path: string, key: TKeySource | null): Promise<TRestoreResult['tables']> {
  const tables: TRestoreResult['tables'] = [];
  let copy: ReturnType<typeof openCopyIn> | null = null;
  try {
    for await (const { block, table } of walk(path, key)) {
      if (block.kind === 'table') copy = openCopyIn(client, table!);
      else if (block.kind === 'rows') await copy!.write(block.payload);
      else if (block.kind === 'tableEnd') {
        const rows = await copy!.end();
        copy = null;
        const expected = parseJsonBlock<TTableEnd>(block, 'tableEnd').rows;
        if (rows !== expected) throw new BackupError(`Table ${table!.name} should hold ${expected} rows but ${rows} were loaded: the backup is damaged.`);
        tables.push({ name: table!.name, rows });
      }
    }
  } catch (e) {
    copy?.abort(e);
    throw e;
  }
  return tables;
}

/** COPY into a table emptied in this transaction: FREEZE writes its rows as already visible to all, sparing a later vacuum. */
function openCopyIn(client: pg.Client, table: TTable) {
  const stream = client.query(copyFrom(`COPY ${quoteIdent(table.name)} (${table.columns.map(quoteIdent).join(', ')}) FROM STDIN WITH (FREEZE)`));
  const finished = new Promise<number>((resolve, reject) => {
    stream.on('finish', () => resolve(stream.rowCount));
    stream.on('error', reject);
  });
  finished.catch(() => undefined);
  return {
    async write(chunk: Buffer) {
      if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), finished]);
    },
    async end() {
      stream.end();
      return finished;
    },
    abort(e: unknown) {
      stream.destroy(e instanceof Error ? e : new Error(String(e)));
    },
  };
}
