import pg from 'pg';

/**
 * A node-postgres pool that outlives its server: when PostgreSQL dies or restarts (lib/ops/
 * supervise-postgres.ts starts the embedded one again), every connection of the pool errors.
 * An idle one is dropped by the pool; one in use fails its query, and would also raise its error
 * as an event nobody listens to, which ends the Node.js process. So each connection listens, the
 * pool drops it when it is handed back, and the next query opens a new one.
 */
export function resilientPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}
