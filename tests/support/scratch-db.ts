import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { createDatabase, dropDatabase } from '../../lib/ops/database';

// Databases of a test file's own, beside the one it is given, on the same test server: empty, or
// a copy of the migrated template. Dropped when the file ends.

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

export async function withPg<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** How many tables, indexes, sequences and the like the database's schema holds: 0 when it is empty. */
export const relationCount = (url: string) =>
  withPg(url, async (c) => (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace`)).rows[0]!.n);
