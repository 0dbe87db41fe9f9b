import type pg from 'pg';
import { importPool } from '@/lib/db/pools';

// What a running phase of an import can do besides its work: say how far it got (which also
// proves it is alive), and notice that the user cancelled.

export type TPhase = 'ANALYSING' | 'MERGING';
export type TJob = { id: string; phase: TPhase; attempt: number };
/** Test seams: called after each step of a phase, inside its transaction where there is one. */
export type TJobHooks = { afterStep?: (step: string) => Promise<void> | void };

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelled';
  }
}

/** The server is shutting down: the phase stops at its next step and hands its job back (lib/jobs/worker.ts). */
export class WorkerStopping extends Error {
  constructor() {
    super('The worker is stopping.');
    this.name = 'WorkerStopping';
  }
}

export type TJobContext = {
  job: TJob;
  hooks: TJobHooks;
  progress(done: number, total: number): Promise<void>;
  throwIfCancelled(): Promise<void>;
  step(name: string): Promise<void>;
};

export function jobContext(job: TJob, hooks: TJobHooks = {}, db: pg.Pool = importPool(), stopping?: AbortSignal): TJobContext {
  const guard = [job.id, job.phase, job.attempt] as const;
  return {
    job,
    hooks,
    // On its own connection (autocommit), so the progress bar moves while the work's transaction is open.
    async progress(done, total) {
      await db.query(
        `UPDATE import SET progress_done = $4, progress_total = $5, heartbeat_at = now() WHERE id = $1 AND status = $2::"ImportStatus" AND attempts = $3`,
        [...guard, done, total],
      );
    },
    async throwIfCancelled() {
      if (stopping?.aborted) throw new WorkerStopping();
      const { rows } = await db.query<{ cancel_requested: boolean }>('SELECT cancel_requested FROM import WHERE id = $1', [job.id]);
      if (!rows[0] || rows[0].cancel_requested) throw new ImportCancelled();
    },
    async step(name) {
      await hooks.afterStep?.(name);
    },
  };
}
