import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedUrl, startEmbeddedPostgres } from '@/lib/ops/embedded-postgres';
import { startInstalledPostgres } from '@/lib/ops/installation';

// The embedded database's password is the installation's own, kept in its data folder; an
// installation made when every one had the same fixed password is moved to its own at its next start.

const LEGACY = 'leaven-local-only';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'leaven-install-test-'));
  // As root, PostgreSQL runs as another user, who must be able to pass through this folder.
  await chmod(dir, 0o711);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function opens(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe('the embedded database of an installation', () => {
  it('gets a password of its own on first start, readable by its owner only, and keeps it', async () => {
    const home = path.join(dir, 'new');
    let server = await startInstalledPostgres(home);
    try {
      const password = await readFile(path.join(home, 'pg-password'), 'utf8');
      expect(password).toMatch(/^[\w-]{32}$/);
      expect((await stat(path.join(home, 'pg-password'))).mode & 0o777).toBe(0o600);
      expect(await opens(server.url('postgres'))).toBe(true);
      expect(await opens(embeddedUrl(server.port, LEGACY, 'postgres'))).toBe(false);
    } finally {
      await server.stop();
    }
    server = await startInstalledPostgres(home);
    try {
      expect(await opens(server.url('postgres'))).toBe(true);
    } finally {
      await server.stop();
    }
  }, 60_000);

  it('moves an installation with the old fixed password to a generated one, keeping its data', async () => {
    const home = path.join(dir, 'old');
    const old = await startEmbeddedPostgres({ dataDir: path.join(home, 'pgdata'), password: LEGACY });
    const client = new pg.Client({ connectionString: old.url('postgres') });
    await client.connect();
    await client.query('CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$still here$$)');
    await client.end();
    await old.stop();
    expect(existsSync(path.join(home, 'pg-password'))).toBe(false);

    const server = await startInstalledPostgres(home);
    try {
      expect(existsSync(path.join(home, 'pg-password'))).toBe(true);
      expect(await opens(embeddedUrl(server.port, LEGACY, 'postgres'))).toBe(false);
      const moved = new pg.Client({ connectionString: server.url('postgres') });
      await moved.connect();
      expect((await moved.query('SELECT note FROM kept')).rows).toEqual([{ note: 'still here' }]);
      await moved.end();
    } finally {
      await server.stop();
    }
  }, 60_000);
});
