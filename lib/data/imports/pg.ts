import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { env } from '@/lib/env';

// The import's own connections: COPY and the long merge transaction need a plain node-postgres
// client, which Prisma does not expose. Same database as lib/db.ts; only lib/data reaches it.

const g = globalThis as unknown as { leavenImportPool?: { url: string; pool: pg.Pool } };

export function importPool(): pg.Pool {
  const url = env().DATABASE_URL;
  if (g.leavenImportPool?.url !== url) {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    // An idle connection dropped by the server (a restart, a test database dropped) must not
    // crash the process; the next query opens a new one.
    pool.on('error', () => undefined);
    g.leavenImportPool = { url, pool };
  }
  return g.leavenImportPool.pool;
}

/** Closes the pool (tests and scripts, before they exit). */
export async function closeImportPool(): Promise<void> {
  const current = g.leavenImportPool;
  g.leavenImportPool = undefined;
  await current?.pool.end();
}

export async function withClient<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await importPool().connect();
  try {
    return await fn(client);
  } finally {
    client.release();
  }
}

/** Runs `fn` in a transaction; any error rolls everything back. */
export async function inTransaction<T>(client: pg.PoolClient, fn: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await fn();
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/**
 * COPY ... FROM STDIN, fed by `produce`, which calls `write` with chunks of COPY text and awaits
 * it (so a slow server slows the reader down instead of filling memory).
 */
export async function copyInto(client: pg.PoolClient, sql: string, produce: (write: (chunk: string) => Promise<void>) => Promise<void>): Promise<void> {
  const stream = client.query(copyFrom(sql));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  // An error before the end would otherwise surface only once `done` is awaited.
  done.catch(() => undefined);
  const write = (chunk: string) =>
    new Promise<void>((resolve, reject) => {
      if (stream.write(chunk)) return resolve();
      const onDrain = () => {
        stream.off('error', onError);
        resolve();
      };
      const onError = (e: Error) => {
        stream.off('drain', onDrain);
        reject(e);
      };
      stream.once('drain', onDrain);
      stream.once('error', onError);
    });
  try {
    await produce(write);
  } catch (e) {
    stream.destroy(e instanceof Error ? e : new Error(String(e)));
    await done.catch(() => undefined);
    throw e;
  }
  stream.end();
  await done;
}

/** Buffers small writes into chunks of about 64 KB for COPY. */
export function chunked(write: (chunk: string) => Promise<void>) {
  let buffer = '';
  return {
    async push(line: string) {
      buffer += line;
      if (buffer.length >= 65_536) {
        const out = buffer;
        buffer = '';
        await write(out);
      }
    },
    async flush() {
      if (buffer) await write(buffer);
      buffer = '';
    },
  };
}

/**
 * Named parameters for long statements: `@name` in the SQL becomes `$n`, in order of first use.
 * (The merge's SQL never contains a literal @.)
 */
export function named(text: string, params: Record<string, unknown>): { text: string; values: unknown[] } {
  const order: string[] = [];
  const sql = text.replace(/@(\w+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`SQL parameter @${name} has no value`);
    let i = order.indexOf(name);
    if (i < 0) i = order.push(name) - 1;
    return `$${i + 1}`;
  });
  return { text: sql, values: order.map((n) => params[n]) };
}
