import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDatabase, dropDatabase, withClient } from '../../lib/ops/database';

// Databases of a test file's own, beside the one it is given, on the same test server: empty, or
// a copy of the migrated template; and a folder of its own for files. Both go when the file ends.

export function scratchDatabases() {
  const names: string[] = [];
  afterAll(async () => {
    for (const name of names) await dropDatabase(inject('adminUrl'), name);
  });
  return async (migrated: boolean): Promise<string> => {
    const name = `leaven_bk_${Math.random().toString(36).slice(2, 10)}`;
    names.push(name);
    return createDatabase(inject('adminUrl'), name, migrated ? inject('templateDb') : undefined);
  };
}

/** How many tables, indexes, sequences and the like the database's schema holds: 0 when it is empty. */
export const relationCount = (url: string) =>
  withClient(url, async (c) => (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace`)).rows[0]!.n);

/** A temporary folder for the test file's files; call the returned function for its path. */
export function scratchFolder(): () => string {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'leaven-test-files-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return () => dir;
}
