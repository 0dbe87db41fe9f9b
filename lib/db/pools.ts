import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { env } from '@/lib/env';
import { resilientPool } from '@/lib/db/pg-pool';

// The import's own connections: COPY and the long merge transaction need a plain node-postgres
// client, which Prisma does not expose. Same database as lib/db/prisma.ts; only lib/data reaches it.
//
// Two pools: the main one, and a side one for work that runs beside a main connection (reading
// the file while the check writes it, staging rows while the upload writes them). A side
// connection is only ever taken while holding a main one. Whoever holds a side connection takes
// no main one for long (only the check's short progress writes, which wait on nothing), so side
// and main holders can never wait on each other for ever.

type TPools = { url: string; main: pg.Pool; side: pg.Pool };
const g = globalThis as unknown as { leavenImportPools?: TPools };

function pools(): TPools {
  const url = env().DATABASE_URL;
  if (g.leavenImportPools?.url !== url) {
    // A connection dropped by the server (a restart, a test database dropped) must not crash the
    // process; the next query opens a new one.
    g.leavenImportPools = { url, main: resilientPool(url, 4), side: resilientPool(url, 4) };
  }
  return g.leavenImportPools;
}

export function importPool(): pg.Pool {
  return pools().main;
}

/** Closes the pools (tests and scripts, before they exit). */
export async function closeImportPool(): Promise<void> {
  const current = g.leavenImportPools;
  g.leavenImportPools = undefined;
  await Promise.all([current?.main.end(), current?.side.end()]);
}

async function using<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await fn(client);
  } finally {
    client.release();
  }
}

export const withClient = <T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> => using(pools().main, fn);

/** A side connection: call only while holding a main one (see above). */
export const withSideClient = <T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> => using(pools().side, fn);

/** A side connection to release by hand (the upload's staging, which may not be needed at all). */
export const connectSide = (): Promise<pg.PoolClient> => pools().side.connect();

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

export type TCopy = {
  /** Writes a chunk of COPY text; resolves when the stream can take more. */
  write(chunk: string): Promise<void>;
  /** Ends the COPY and waits for the server to have taken every row. */
  end(): Promise<void>;
  /** Abandons the COPY (the transaction around it must then roll back). */
  abort(e: unknown): Promise<void>;
};

/** Starts COPY ... FROM STDIN on `client`, to be written to as the rows come. */
export function openCopy(client: pg.PoolClient, sql: string): TCopy {
  const stream = client.query(copyFrom(sql));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  // An error before the end would otherwise surface only once `done` is awaited.
  done.catch(() => undefined);
  return {
    write: (chunk) =>
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
      }),
    async end() {
      stream.end();
      await done;
    },
    async abort(e) {
      stream.destroy(e instanceof Error ? e : new Error(String(e)));
      await done.catch(() => undefined);
    },
  };
}

/**
 * COPY ... FROM STDIN, fed by `produce`, which calls `write` with chunks of COPY text and awaits
 * it (so a slow server slows the reader down instead of filling memory).
 */
export async function copyInto(client: pg.PoolClient, sql: string, produce: (write: (chunk: string) => Promise<void>) => Promise<void>): Promise<void> {
  const copy = openCopy(client, sql);
  try {
    await produce(copy.write);
  } catch (e) {
    await copy.abort(e);
    throw e;
  }
  await copy.end();
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
