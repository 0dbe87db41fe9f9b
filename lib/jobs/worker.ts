import { analyseImport } from '@/lib/data/imports/analyse';
import { ImportCancelled, jobContext, WorkerStopping, type TJob, type TJobHooks, type TPhase } from '@/lib/data/imports/job';
import { unsafeCancelImportNow } from '@/lib/data/imports/cancel';
import { mergeImport } from '@/lib/data/imports/merge';
import { ImportStagingLost } from '@/lib/data/imports/staging-lost';
import { importPool } from '@/lib/db/pools';
import { backupIfDue } from '@/lib/jobs/backup';
import { startHeartbeat } from '@/lib/jobs/heartbeat';
import { purgeIdempotencyKeysIfDue, purgeTrashIfDue, sweepCountersIfDue } from '@/lib/jobs/periodic';

// The import's background worker. The job queue is the `import` table itself: a phase waiting to
// run (ANALYSING or MERGING with no live heartbeat) is claimed with FOR UPDATE SKIP LOCKED, so any
// number of app servers can poll it and each job runs once. A worker that dies (a crash, a deploy)
// stops beating; after STALE_MS another claims the phase again, and because each phase writes
// only in one transaction, the dead run left nothing behind. No state lives in this process.
// A worker told to stop (the server's SIGTERM, instrumentation.ts) ends its phase at the next step,
// which rolls it back, and hands the job back at once, for the next worker to run from the start.

const HEARTBEAT_MS = 5_000;
const STALE_MS = 60_000;
const MAX_ATTEMPTS = 3;

export type TWorkerOptions = {
  pollMs?: number;
  staleMs?: number;
  hooks?: TJobHooks;
  log?: (line: string) => void;
  /** Aborted when the worker must stop: the running phase then stops at its next step and its job is handed back. */
  stopping?: AbortSignal;
};

/** Claims the next phase to run, if any. */
export async function claimJob(staleMs = STALE_MS): Promise<TJob | null> {
  const { rows } = await importPool().query<{ id: string; status: TPhase; attempts: number }>(
    `UPDATE import SET heartbeat_at = now(), attempts = attempts + 1, progress_done = 0
      WHERE id = (
        SELECT id FROM import
         WHERE status IN ('ANALYSING', 'MERGING') AND (heartbeat_at IS NULL OR heartbeat_at < now() - $1 * interval '1 millisecond')
         ORDER BY queued_at NULLS FIRST, id
         LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id, status, attempts`,
    [staleMs],
  );
  const r = rows[0];
  return r ? { id: r.id, phase: r.status, attempt: r.attempts } : null;
}

/** Runs one claimed phase to its end: done, cancelled (nothing kept) or failed (nothing kept, the reason recorded). */
export async function runJob(job: TJob, hooks: TJobHooks = {}, stopping?: AbortSignal): Promise<void> {
  const db = importPool();
  const ctx = jobContext(job, hooks, db, stopping);
  const guard = [job.id, job.phase, job.attempt];
  if (job.attempt > MAX_ATTEMPTS) {
    await db.query(
      `UPDATE import SET status = 'FAILED', heartbeat_at = NULL, error = 'stopped' WHERE id = $1 AND status = $2::"ImportStatus" AND attempts = $3`,
      guard,
    );
    return;
  }
  const beat = setInterval(() => {
    db.query(`UPDATE import SET heartbeat_at = now() WHERE id = $1 AND status = $2::"ImportStatus" AND attempts = $3`, guard).catch(() => undefined);
  }, HEARTBEAT_MS);
  try {
    await ctx.throwIfCancelled();
    if (job.phase === 'ANALYSING') await analyseImport(ctx);
    else await mergeImport(ctx);
  } catch (e) {
    if (e instanceof WorkerStopping) {
      // The phase's transaction has rolled back: the job waits, as if never claimed, for the next worker.
      await db.query(
        `UPDATE import SET heartbeat_at = NULL, attempts = attempts - 1, progress_done = 0 WHERE id = $1 AND status = $2::"ImportStatus" AND attempts = $3`,
        guard,
      );
    } else if (e instanceof ImportCancelled || (await cancelRequested(job.id))) {
      await unsafeCancelImportNow(job.id);
    } else {
      console.error(`[import ${job.id}] ${job.phase} failed:`, e);
      // The phase rolled back; the user may check the file or start the merge again.
      await db.query(
        `UPDATE import SET status = 'FAILED', heartbeat_at = NULL, error = $4 WHERE id = $1 AND status = $2::"ImportStatus" AND attempts = $3`,
        [...guard, e instanceof ImportStagingLost ? 'staging' : job.phase === 'ANALYSING' ? 'analysis' : 'merge'],
      );
    }
  } finally {
    clearInterval(beat);
  }
}

async function cancelRequested(id: string): Promise<boolean> {
  const { rows } = await importPool().query<{ c: boolean }>('SELECT cancel_requested AS c FROM import WHERE id = $1', [id]);
  return rows[0]?.c ?? true;
}

/** Claims and runs phases until none is waiting. Returns how many ran. */
export async function drainImportJobs(options: TWorkerOptions = {}): Promise<number> {
  let ran = 0;
  while (!options.stopping?.aborted) {
    const job = await claimJob(options.staleMs);
    if (!job) break;
    await runJob(job, options.hooks, options.stopping);
    ran++;
  }
  return ran;
}

/**
 * Polls for work until stopped, beating its heartbeat (GET /api/health reads it). Started by the
 * app server (instrumentation.ts) and by tests. Set LEAVEN_IMPORT_WORKER=0 on servers that should
 * not run background work.
 */
export function startImportWorker(options: TWorkerOptions = {}): { stop: () => Promise<void> } {
  const pollMs = options.pollMs ?? 1_000;
  const stop = new AbortController();
  const stopping = options.stopping ? AbortSignal.any([options.stopping, stop.signal]) : stop.signal;
  const endHeartbeat = startHeartbeat(options.log);
  let wake: (() => void) | null = null;
  const loop = (async () => {
    while (!stopping.aborted) {
      try {
        await drainImportJobs({ ...options, stopping });
        await purgeOldImportData().catch(() => undefined);
        await purgeTrashIfDue();
        await backupIfDue(stopping);
        await purgeIdempotencyKeysIfDue();
        await sweepCountersIfDue();
      } catch (e) {
        // The database may be restarting; try again at the next poll.
        options.log?.(`import worker: ${e instanceof Error ? e.message : String(e)}`);
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, pollMs).unref?.();
      });
    }
  })();
  return {
    async stop() {
      stop.abort();
      (wake as (() => void) | null)?.();
      await loop;
      await endHeartbeat();
    },
  };
}

let lastPurge = 0;

/** Staged rows kept for the report of rows to fix (and household pairs) go after a week; undo data after the undo window. */
export async function purgeOldImportData(now = Date.now()): Promise<void> {
  if (now - lastPurge < 10 * 60_000) return;
  lastPurge = now;
  const db = importPool();
  await db.query(`DELETE FROM import_person WHERE import_id IN (SELECT id FROM import WHERE finished_at < now() - interval '25 hours')`);
  await db.query(`UPDATE import SET created_person_ids = '{}' WHERE finished_at < now() - interval '25 hours' AND created_person_ids <> '{}'`);
  const old = `SELECT id FROM import WHERE (status IN ('DONE', 'UNDONE', 'CANCELLED', 'FAILED') AND COALESCE(finished_at, created_at) < now() - interval '7 days')
                OR (status IN ('MAPPING', 'REVIEW') AND created_at < now() - interval '7 days')`;
  await db.query(`DELETE FROM import_staged WHERE import_id IN (${old})`);
  await db.query(`DELETE FROM import_household WHERE import_id IN (${old})`);
  await db.query(`DELETE FROM import_row WHERE import_id IN (${old})`);
  await db.query(`UPDATE import SET status = 'CANCELLED', finished_at = now() WHERE status IN ('MAPPING', 'REVIEW') AND created_at < now() - interval '7 days'`);
}
