import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { assertRunnable, checksumMatches, MigrationError, NO_TRANSACTION_MARKER, readMigrations, type TMigrationFile } from './migration-files';
import { MIGRATION_LOCK_KEY } from './locks';
import { splitStatements } from './sql-statements';

// Leaven's migration runner: applies prisma/migrations/*/migration.sql and records each one in
// `_prisma_migrations` exactly as Prisma does (same table, same checksum, same lock), so that
// `prisma migrate deploy` on a connected machine sees them as applied and the two never race.

// Prisma's own DDL for its bookkeeping table.
export const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;
const APPLIED = 'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL';

type TApplied = { migration_name: string; checksum: string; finished_at: Date | null };
export type TMigrationState = 'applied' | 'pending' | 'changed' | 'unfinished' | 'not in files';
type TOptions = { dir?: string; log?: (line: string) => void };

function stateOf(name: string, file: TMigrationFile | undefined, row: TApplied | undefined): TMigrationState {
  if (!row) return 'pending';
  if (!row.finished_at) return 'unfinished';
  if (!file) return 'not in files';
  return checksumMatches(file.sql, row.checksum) ? 'applied' : 'changed';
}

function refuse(name: string, state: TMigrationState): never {
  if (state === 'unfinished') {
    throw new MigrationError(
      `Migration ${name} was started but never finished. Repair the database by hand, then delete its row from _prisma_migrations.`,
    );
  }
  throw new MigrationError(
    `Migration ${name} was changed after it was applied to this database. Restore prisma/migrations/${name}/migration.sql as it was, and put the change in a new migration.`,
  );
}

/**
 * Applies every pending migration under Prisma's advisory lock, each in its own transaction (or,
 * marked no-transaction, one statement at a time). Stops with a MigrationError naming the file
 * when an applied migration was changed or never finished, when a pending one holds its own
 * BEGIN/COMMIT (before anything is applied), or when one fails: its transaction is rolled back,
 * so nothing of it is left.
 */
export async function migrate(url: string, options: TOptions = {}) {
  const log = options.log ?? (() => undefined);
  const files = await readMigrations(options.dir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const rows = new Map((await client.query<TApplied>(APPLIED)).rows.map((r) => [r.migration_name, r]));
    for (const [name, row] of rows) {
      const state = stateOf(name, files.find((f) => f.name === name), row);
      if (state === 'unfinished' || state === 'changed') refuse(name, state);
    }
    const pending = files.filter((f) => !rows.has(f.name));
    pending.forEach(assertRunnable);
    for (const file of pending) {
      await (file.inTransaction ? applyInTransaction(client, file) : applyOutsideTransaction(client, file));
      applied.push(file.name);
      log(`applied migration ${file.name}`);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
  return { applied, total: files.length };
}

const RECORD = `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
  VALUES ($1, $2, $3, $4, NULL, NULL, $5, $6)`;

/**
 * Runs one migration's SQL and records it as Prisma does, inside the caller's transaction (a
 * restore applies a backup's migrations this way). A no-transaction migration cannot be.
 */
export async function applyMigration(client: pg.ClientBase, file: TMigrationFile, startedAt = new Date()): Promise<void> {
  if (!file.inTransaction) throw new MigrationError(`Migration ${file.name} runs outside a transaction (${NO_TRANSACTION_MARKER}) and cannot be applied inside one.`);
  await client.query(file.sql);
  await client.query(RECORD, [randomUUID(), file.checksum, new Date(), file.name, startedAt, 1]);
}

async function applyInTransaction(client: pg.Client, file: TMigrationFile) {
  try {
    await client.query('BEGIN');
    await applyMigration(client, file);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw new MigrationError(`Migration ${file.name} failed and was rolled back: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** As Prisma does: recorded as started first, so a failure halfway stays visible until repaired. */
async function applyOutsideTransaction(client: pg.Client, file: TMigrationFile) {
  const id = randomUUID();
  await client.query(RECORD, [id, file.checksum, null, file.name, new Date(), 0]);
  const statements = splitStatements(file.sql);
  let done = 0;
  try {
    for (const statement of statements) {
      await client.query(statement);
      done++;
    }
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    await client.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, reason]).catch(() => undefined);
    throw new MigrationError(
      `Migration ${file.name} failed at statement ${done + 1} of ${statements.length}: ${reason}. ` +
        `It runs outside a transaction (${NO_TRANSACTION_MARKER}), so its first ${done} statement(s) stay applied: ` +
        'repair the database by hand, then delete its row from _prisma_migrations and start again.',
    );
  }
  await client.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id]);
}

/** Every migration, in the files or in the database, with its state; changes nothing. */
export async function migrationStatus(url: string, options: { dir?: string } = {}): Promise<{ name: string; state: TMigrationState }[]> {
  const files = await readMigrations(options.dir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: exists } = await client.query<{ t: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS t`);
    const rows = new Map(exists[0]?.t ? (await client.query<TApplied>(APPLIED)).rows.map((r) => [r.migration_name, r]) : []);
    const names = [...new Set([...files.map((f) => f.name), ...rows.keys()])].sort();
    return names.map((name) => ({ name, state: stateOf(name, files.find((f) => f.name === name), rows.get(name)) }));
  } finally {
    await client.end();
  }
}
