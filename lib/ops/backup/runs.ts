import type pg from 'pg';

// The record of each backup (backup_run), which the settings page reads: when the last one
// succeeded, and when one failed and why. The scheduled ones and `npm run backup` both write it,
// once the backup is over: a backup never holds a record of itself half done.

export type TTrigger = 'SCHEDULE' | 'REQUEST' | 'COMMAND';
export type TOutcome = { fileName: string; bytes: number } | { error: string };

export async function recordRun(db: Pick<pg.ClientBase, 'query'>, trigger: TTrigger, startedAt: Date, outcome: TOutcome): Promise<void> {
  const ok = !('error' in outcome);
  await db.query(
    `INSERT INTO backup_run (trigger, started_at, finished_at, ok, file_name, bytes, error) VALUES ($1::"BackupTrigger", $2, now(), $3, $4, $5, $6)`,
    [trigger, startedAt, ok, ok ? outcome.fileName : null, ok ? outcome.bytes : null, ok ? null : outcome.error.slice(0, 500)],
  );
}
