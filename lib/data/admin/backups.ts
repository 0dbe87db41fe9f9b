import type { TActor } from '@/lib/access/actor';
import { requireCan } from '@/lib/access/capabilities';
import { recordAudit } from '@/lib/data/audit';
import { db } from '@/lib/db/prisma';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { TBackupSchedule } from '@/lib/validation/backups';

// Backups as leadership sees them on the settings page: the daily schedule and how many to keep
// (lib/jobs/backup.ts takes them), "Back up now", and when the last one succeeded or failed.

export type TBackupStatus = {
  enabled: boolean;
  keepCount: number;
  version: number;
  requestedAt: Date | null;
  lastSuccess: { at: Date; fileName: string | null; bytes: number | null } | null;
  /** The last failure, when it came after the last success. */
  lastFailure: { at: Date; error: string } | null;
  /** Whether the server showing the page has a key to encrypt backups with (the one that runs them needs one). */
  keyConfigured: boolean;
};

export async function getBackupStatus(actor: TActor): Promise<TBackupStatus> {
  requireCan(actor, 'admin.settings');
  const [schedule, success, failure] = await Promise.all([
    db.backupSchedule.findUnique({ where: { id: 1 }, select: { enabled: true, keepCount: true, version: true, requestedAt: true } }),
    db.backupRun.findFirst({ where: { ok: true }, orderBy: { startedAt: 'desc' }, select: { finishedAt: true, fileName: true, bytes: true } }),
    db.backupRun.findFirst({ where: { ok: false }, orderBy: { startedAt: 'desc' }, select: { finishedAt: true, error: true } }),
  ]);
  if (!schedule) throw new AppError('CONFLICT', 'The backup schedule row is missing; apply the migrations.');
  const lastSuccess = success?.finishedAt ? { at: success.finishedAt, fileName: success.fileName, bytes: success.bytes === null ? null : Number(success.bytes) } : null;
  const failedLater = failure?.finishedAt && (!lastSuccess || failure.finishedAt > lastSuccess.at);
  return {
    ...schedule,
    lastSuccess,
    lastFailure: failedLater ? { at: failure.finishedAt!, error: failure.error ?? '' } : null,
    keyConfigured: Boolean(env().LEAVEN_BACKUP_PASSPHRASE || env().LEAVEN_BACKUP_KEY_FILE),
  };
}

/** Turns the daily backup on or off and sets how many to keep, on top of `version`. */
export async function updateBackupSchedule(actor: TActor, { enabled, keepCount, version }: TBackupSchedule): Promise<{ enabled: boolean; keepCount: number; version: number }> {
  requireCan(actor, 'admin.settings');
  return db.$transaction(async (tx) => {
    // The version in the WHERE makes the check and the write one atomic step.
    const { count } = await tx.backupSchedule.updateMany({ where: { id: 1, version }, data: { enabled, keepCount, version: { increment: 1 } } });
    if (count !== 1) throw new AppError('CONFLICT', 'The backup schedule was changed by someone else.');
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'backup', entityId: null, fields: ['enabled', 'keepCount'] });
    return { enabled, keepCount, version: version + 1 };
  });
}

/** Asks the background worker for a backup now; asking again before it starts changes nothing. */
export async function requestBackupNow(actor: TActor): Promise<{ requestedAt: Date }> {
  requireCan(actor, 'admin.settings');
  return db.$transaction(async (tx) => {
    const { count } = await tx.backupSchedule.updateMany({ where: { id: 1, requestedAt: null }, data: { requestedAt: new Date() } });
    if (count === 1) await recordAudit(tx, actor, { action: 'CREATE', entityType: 'backup', entityId: null });
    const row = await tx.backupSchedule.findUniqueOrThrow({ where: { id: 1 }, select: { requestedAt: true } });
    return { requestedAt: row.requestedAt! };
  });
}
