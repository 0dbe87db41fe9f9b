import path from 'node:path';
import { assertReachable, ensureDatabase } from '../../lib/ops/database';
import type { TEmbeddedServer } from '../../lib/ops/embedded-postgres';
import { startInstalledPostgres } from '../../lib/ops/installation';
import { dataDir } from '../../lib/ops/paths';
import { superviseEmbeddedPostgres } from '../../lib/ops/supervise-postgres';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** `.leaven/` in the checkout, or LEAVEN_DATA_DIR: the embedded database, its password, the session key. */
export const STATE_DIR = dataDir(process.env, ROOT);
export const EMBEDDED_DATA_DIR = path.join(STATE_DIR, 'pgdata');

export type TDatabase = { url: string; embedded: Pick<TEmbeddedServer, 'url' | 'stop'> | null };

/**
 * DATABASE_URL when set (checked to answer), else the embedded server kept in the data folder;
 * `supervise` (npm start) starts that server again whenever it dies (lib/ops/supervise-postgres.ts).
 */
export async function openDatabase(options: { supervise?: boolean } = {}): Promise<TDatabase> {
  const given = process.env.DATABASE_URL?.trim();
  if (given) {
    await assertReachable(given);
    return { url: given, embedded: null };
  }
  const embedded = options.supervise
    ? await superviseEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, start: (port) => startInstalledPostgres(STATE_DIR, port), log: (line) => console.log(line) })
    : await startInstalledPostgres(STATE_DIR);
  const url = await ensureDatabase(embedded.url('postgres'), 'leaven');
  return { url, embedded };
}

/** Prints one clear sentence for an expected failure, and the stack only for a surprise. */
export function fail(e: unknown): never {
  const message = e instanceof Error ? e.message : String(e);
  const expected = e instanceof Error && ['MigrationError', 'StartError', 'BackupError'].includes(e.name);
  console.error(`\n\x1b[31mLeaven could not continue:\x1b[0m ${message}\n`);
  if (!expected && process.env.LEAVEN_DEBUG && e instanceof Error) console.error(e.stack);
  process.exit(1);
}

/** Runs fn against the database, then stops the embedded server if this process started it. */
export async function withDatabaseUrl(fn: (url: string, db: TDatabase) => Promise<void>): Promise<void> {
  let db: TDatabase | undefined;
  try {
    db = await openDatabase();
    await fn(db.url, db);
  } catch (e) {
    await db?.embedded?.stop().catch(() => undefined);
    fail(e);
  }
  await db?.embedded?.stop();
}
