import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { importPool } from '@/lib/db/pools';
import { env } from '@/lib/env';
import { BackupError } from '@/lib/ops/backup/errors';
import { keySourceFromEnv } from '@/lib/ops/backup/keys';
import { recordRun, type TOutcome, type TTrigger } from '@/lib/ops/backup/runs';
import { backupFileName, backupToFile } from '@/lib/ops/backup/to-file';
import { backupDir, dataDir, readAuthSecret } from '@/lib/ops/paths';

// The scheduled backup, from the worker's loop on every app server. The schedule and the record
// of each run live in PostgreSQL; an advisory lock, held while it runs, makes servers that look at
// the same moment run it once. Daily: due when the last scheduled success is a day old, tried again
// an hour after a failure. "Back up now" (requested_at, cleared when that backup is over) runs at
// the next look. Each success deletes the oldest
// scheduled files beyond the number leadership keeps; files made by `npm run backup` are never touched.

const BACKUP_LOCK = 7_245_771_020;
const LOOK_EVERY_MS = 10_000;
const PREFIX = 'leaven-scheduled';
let lastLook = 0;

/** What is due now, if anything: a requested backup, or the daily one. */
async function dueNow(client: pg.PoolClient): Promise<{ trigger: TTrigger; keep: number } | null> {
  const { rows } = await client.query<{ keep: number; requested: boolean; daily: boolean }>(
    `SELECT s.keep_count AS keep, s.requested_at IS NOT NULL AS requested,
            s.enabled
              AND NOT EXISTS (SELECT 1 FROM backup_run r WHERE r.trigger <> 'COMMAND' AND r.ok AND r.started_at > now() - interval '1 day')
              AND NOT EXISTS (SELECT 1 FROM backup_run r WHERE r.trigger <> 'COMMAND' AND NOT r.ok AND r.started_at > now() - interval '1 hour') AS daily
       FROM backup_schedule s WHERE s.id = 1`,
  );
  const row = rows[0];
  if (!row) return null;
  if (row.requested) return { trigger: 'REQUEST', keep: row.keep };
  return row.daily ? { trigger: 'SCHEDULE', keep: row.keep } : null;
}

/** Looks (at most every ten seconds per server) for a backup to take, and takes it. */
export async function backupIfDue(stopping?: AbortSignal, now = Date.now()): Promise<void> {
  if (now - lastLook < LOOK_EVERY_MS) return;
  lastLook = now;
  const client = await importPool().connect();
  try {
    const { rows } = await client.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1) AS got', [BACKUP_LOCK]);
    if (!rows[0]!.got) return;
    try {
      const due = await dueNow(client);
      if (due) await takeBackup(client, due.trigger, due.keep, stopping);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [BACKUP_LOCK]);
    }
  } finally {
    client.release();
  }
}

async function takeBackup(client: pg.PoolClient, trigger: TTrigger, keep: number, stopping?: AbortSignal): Promise<void> {
  const startedAt = new Date();
  let outcome: TOutcome;
  try {
    const key = await keySourceFromEnv();
    if (!key) throw new BackupError("No key to encrypt backups with: set LEAVEN_BACKUP_PASSPHRASE or LEAVEN_BACKUP_KEY_FILE in the app server's environment.");
    const folder = backupDir();
    const file = path.join(folder, backupFileName(startedAt, PREFIX));
    const done = await backupToFile(env().DATABASE_URL, file, {
      key,
      authSecret: readAuthSecret(process.env, dataDir()),
      afterTable() {
        if (stopping?.aborted) throw new BackupError('Stopped: the server was shutting down.');
      },
    });
    outcome = { fileName: path.basename(file), bytes: done.bytes };
    await keepNewest(folder, keep);
  } catch (e) {
    outcome = { error: e instanceof Error ? e.message : String(e) };
    console.error('[leaven] backup failed:', outcome.error);
  }
  await recordRun(client, trigger, startedAt, outcome);
  if (trigger === 'REQUEST') await client.query('UPDATE backup_schedule SET requested_at = NULL WHERE id = 1');
}

/** Deletes the oldest scheduled backups beyond `keep` (their names sort by time). */
export async function keepNewest(folder: string, keep: number): Promise<void> {
  const names = (await readdir(folder)).filter((n) => n.startsWith(`${PREFIX}-`) && n.endsWith('.leaven-backup')).sort();
  for (const name of names.slice(0, Math.max(0, names.length - keep))) await rm(path.join(folder, name), { force: true });
}
