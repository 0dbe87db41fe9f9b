import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { MIGRATION_LOCK_KEY } from './locks';

// Leaven's migration runner. Prisma Migrate needs a native engine these machines cannot
// download, so we apply prisma/migrations/*/migration.sql ourselves and record each one in
// `_prisma_migrations` exactly as Prisma does (same table, same SHA-256 checksum), so that
// `prisma migrate deploy` on a connected machine sees them as applied.

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../prisma/migrations');

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

export type TMigrationFile = { name: string; sql: string; checksum: string };

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** Prisma's checksum: hex SHA-256 of the file. Prisma tolerates CRLF vs LF, so do we. */
export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<TMigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'migration.sql')))
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

/** Runs one migration's SQL and records it as Prisma does; the caller holds the transaction. */
export async function applyMigration(client: pg.ClientBase, file: TMigrationFile, startedAt = new Date()): Promise<void> {
  await client.query(file.sql);
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
     VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
    [randomUUID(), file.checksum, file.name, startedAt],
  );
}

type TApplied = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/**
 * Applies every pending migration, each in its own transaction, under an advisory lock.
 * Stops with a MigrationError naming the file when an applied migration was changed, or when
 * a migration fails (its transaction is rolled back, so nothing of it is left).
 */
export async function migrate(url: string, options: { dir?: string; log?: (line: string) => void } = {}) {
  const log = options.log ?? (() => undefined);
  const files = await readMigrations(options.dir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    // Every Leaven process that migrates takes this lock first, so two starts against one database cannot race.
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<TApplied>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    );
    const done = new Map(rows.map((r) => [r.migration_name, r]));

    for (const row of rows) {
      if (!row.finished_at) {
        throw new MigrationError(
          `Migration ${row.migration_name} was started but never finished. Repair the database by hand, then delete its row from _prisma_migrations.`,
        );
      }
      const file = files.find((f) => f.name === row.migration_name);
      if (file && file.checksum !== row.checksum) {
        throw new MigrationError(
          `Migration ${row.migration_name} was changed after it was applied to this database. Restore prisma/migrations/${row.migration_name}/migration.sql as it was, and put the change in a new migration.`,
        );
      }
    }

    for (const file of files) {
      if (done.has(file.name)) continue;
      const startedAt = new Date();
      try {
        await client.query('BEGIN');
        await applyMigration(client, file, startedAt);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        const reason = e instanceof Error ? e.message : String(e);
        throw new MigrationError(`Migration ${file.name} failed and was rolled back: ${reason}`);
      }
      applied.push(file.name);
      log(`applied migration ${file.name}`);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
  return { applied, total: files.length };
}
