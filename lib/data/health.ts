import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { db } from '@/lib/db/prisma';

// GET /api/health, for a load balancer or an uptime monitor, without a session. It says whether
// this server can serve (the database answers and has every migration this code knows) and
// whether any background worker is alive (a heartbeat in the last minute), and nothing else: no
// versions, no counts, no names. A dead worker does not take the server out of a load balancer:
// the answer stays 200 and says so, for a monitor to alert on.

export type THealthChecks = {
  database: 'ok' | 'unreachable';
  migrations: 'current' | 'pending' | 'unknown';
  worker: 'running' | 'stopped' | 'unknown';
};

const TIMEOUT_MS = 3_000;
const WORKER_ALIVE_S = 60;

let codeMigrations: Promise<string[]> | null = null;
/** The migrations this code was built with (read once; `npm start` runs the app from the checkout). */
const knownMigrations = () =>
  (codeMigrations ??= readdir(path.join(process.cwd(), 'prisma/migrations'), { withFileTypes: true }).then((entries) =>
    entries.filter((e) => e.isDirectory()).map((e) => e.name),
  ));

async function check(): Promise<THealthChecks> {
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    return { database: 'unreachable', migrations: 'unknown', worker: 'unknown' };
  }
  const [rows, known] = await Promise.all([
    db.$queryRaw<{ applied: string[] | null; worker: boolean | null }[]>`
      SELECT (SELECT array_agg(migration_name) FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL) AS applied,
             (SELECT EXISTS (SELECT 1 FROM worker_heartbeat WHERE beat_at > now() - make_interval(secs => ${WORKER_ALIVE_S}))) AS worker`.catch(() => null),
    knownMigrations().catch(() => null),
  ]);
  if (!rows) return { database: 'ok', migrations: 'pending', worker: 'unknown' };
  const applied = new Set(rows[0]?.applied ?? []);
  return {
    database: 'ok',
    migrations: known ? (known.every((m) => applied.has(m)) ? 'current' : 'pending') : 'unknown',
    worker: rows[0]?.worker ? 'running' : 'stopped',
  };
}

/** The checks, each given up on after a few seconds (a database that does not answer is unreachable). */
export async function unsafeCheckHealth(): Promise<THealthChecks> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<THealthChecks>((resolve) => {
    timer = setTimeout(() => resolve({ database: 'unreachable', migrations: 'unknown', worker: 'unknown' }), TIMEOUT_MS);
  });
  try {
    return await Promise.race([check(), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The HTTP answer: 200 when this server can serve, else 503; the body names each check. */
export function healthAnswer(checks: THealthChecks): { status: 200 | 503; body: THealthChecks & { status: 'ok' | 'failing' } } {
  const serving = checks.database === 'ok' && checks.migrations === 'current';
  return { status: serving ? 200 : 503, body: { status: serving ? 'ok' : 'failing', ...checks } };
}
