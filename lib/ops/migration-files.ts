import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { transactionControl } from './sql-statements';

// The migration files as Prisma reads them: prisma/migrations/<name>/migration.sql, in name order,
// each with Prisma's checksum. Prisma Migrate needs a native engine these machines cannot download,
// so lib/ops/migrate.ts applies them; what it may and may not find in a file is decided here.

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../prisma/migrations');

/**
 * A migration whose first line is this runs outside a transaction, one statement at a time:
 * CREATE INDEX CONCURRENTLY, or an enum value added and then used in the same file, need it.
 * Such a migration cannot be rolled back when it fails halfway; keep it to what needs it.
 */
export const NO_TRANSACTION_MARKER = '-- leaven:no-transaction';

export type TMigrationFile = { name: string; sql: string; checksum: string; inTransaction: boolean };

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Prisma's checksum, recorded when a migration is applied: hex SHA-256 of the file as it is. */
export const checksumOf = (sql: string): string => sha256(sql);

/**
 * Whether a file still matches the checksum recorded for it. As Prisma does: the file as it is,
 * or with its line endings turned to LF, or to CRLF (git may change them on checkout).
 */
export function checksumMatches(sql: string, recorded: string): boolean {
  return [sql, sql.replace(/\r\n/g, '\n'), sql.replace(/\n/g, '\r\n')].some((variant) => sha256(variant) === recorded);
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
      const firstLine = sql.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.trim();
      return { name, sql, checksum: checksumOf(sql), inTransaction: firstLine !== NO_TRANSACTION_MARKER };
    }),
  );
}

/**
 * Refuses a file that holds its own BEGIN or COMMIT: inside the runner's transaction, its COMMIT
 * would commit half a migration and leave the rest to run unguarded.
 */
export function assertRunnable(file: TMigrationFile): void {
  const own = transactionControl(file.sql);
  if (!own.length) return;
  throw new MigrationError(
    `Migration ${file.name} holds its own transaction statements (${[...new Set(own)].join(', ')}). ` +
      'The runner applies each migration in a transaction of its own: remove them. ' +
      `A migration that must run outside a transaction (CREATE INDEX CONCURRENTLY, an enum value added and used) starts with the line "${NO_TRANSACTION_MARKER}" instead.`,
  );
}
