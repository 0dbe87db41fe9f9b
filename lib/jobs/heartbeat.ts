import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { importPool } from '@/lib/db/pools';

// Each running worker keeps a row of worker_heartbeat fresh, so that GET /api/health can say
// whether background work (imports, the purge, backups) is being done by any app server. It
// beats on a timer of its own, so a long import does not make it look dead. A worker that stops
// deletes its row; one that died leaves a stale row, cleared after a day by the next to start.

export const BEAT_EVERY_MS = 10_000;

export async function beat(workerId: string): Promise<void> {
  await importPool().query(
    `INSERT INTO worker_heartbeat (worker_id, beat_at) VALUES ($1, now()) ON CONFLICT (worker_id) DO UPDATE SET beat_at = now()`,
    [workerId],
  );
}

/** Beats now and every BEAT_EVERY_MS until the returned function is called, which deletes the row. */
export function startHeartbeat(log?: (line: string) => void): () => Promise<void> {
  const workerId = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const tick = () => beat(workerId).catch((e: unknown) => log?.(`heartbeat: ${e instanceof Error ? e.message : String(e)}`));
  void tick().then(() => importPool().query(`DELETE FROM worker_heartbeat WHERE beat_at < now() - interval '1 day'`).catch(() => undefined));
  const timer = setInterval(tick, BEAT_EVERY_MS);
  timer.unref?.();
  return async () => {
    clearInterval(timer);
    await importPool().query('DELETE FROM worker_heartbeat WHERE worker_id = $1', [workerId]).catch(() => undefined);
  };
}
