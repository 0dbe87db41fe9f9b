import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { embeddedUrl, EMBEDDED_USER, newPassword, startEmbeddedPostgres, type TEmbeddedServer } from './embedded-postgres';

// The embedded database of an installation (its folder: lib/ops/paths.ts). Only the scripts start
// it; the app server never imports this file (embedded-postgres hooks the process's signals).

// Installations made before each had its own password share this one, written in Leaven's source.
// Such an installation still opens with it once; it is then changed to a generated one.
const LEGACY_PASSWORD = 'leaven-local-only';

async function opens(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return true;
  } catch (e) {
    if (['28P01', '28000'].includes((e as { code?: string }).code ?? '')) return false;
    throw e;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Starts the installation's embedded PostgreSQL with its own password, generated on first use and
 * kept in `<dir>/pg-password` (readable by its owner only). An older installation's fixed password
 * is replaced: the new one is written first, then set with ALTER ROLE, so an interruption between
 * the two is repaired at the next start.
 */
export async function startInstalledPostgres(dir: string, port?: number): Promise<TEmbeddedServer> {
  const file = path.join(dir, 'pg-password');
  const pgdata = path.join(dir, 'pgdata');
  await mkdir(dir, { recursive: true });
  let password = existsSync(file) ? (await readFile(file, 'utf8')).trim() : null;
  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) {
    password ??= await keep(file, newPassword());
    return startEmbeddedPostgres({ dataDir: pgdata, password, port });
  }
  const server = await startEmbeddedPostgres({ dataDir: pgdata, password: password ?? LEGACY_PASSWORD, port });
  try {
    if (password && (await opens(server.url('postgres')))) return server;
    if (!(await opens(embeddedUrl(server.port, LEGACY_PASSWORD, 'postgres')))) {
      throw new Error(`The embedded database in ${pgdata} refuses the password in ${file}. Put back the pg-password file that came with this data folder.`);
    }
    password ??= await keep(file, newPassword());
    const client = new pg.Client({ connectionString: embeddedUrl(server.port, LEGACY_PASSWORD, 'postgres') });
    await client.connect();
    try {
      await client.query(`ALTER ROLE ${EMBEDDED_USER} PASSWORD '${password.replace(/'/g, "''")}'`);
    } finally {
      await client.end();
    }
    const now = password;
    return { ...server, url: (database) => embeddedUrl(server.port, now, database) };
  } catch (e) {
    await server.stop().catch(() => undefined);
    throw e;
  }
}

async function keep(file: string, password: string): Promise<string> {
  await writeFile(`${file}.new`, password, { mode: 0o600 });
  await rename(`${file}.new`, file);
  return password;
}
