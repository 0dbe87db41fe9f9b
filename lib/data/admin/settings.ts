import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { requireCan } from '@/lib/access/capabilities';
import { recordAudit } from '@/lib/data/audit';
import { AppError } from '@/lib/errors';
import { TRASH_RETENTION, type TTrashRetention } from '@/lib/validation/settings';

// The organization's settings: one row of app_setting, made by its migration. Leadership only:
// to anyone else they do not exist.

type TSettings = { trashRetentionDays: number; version: number };

/** The settings as the settings page shows them. */
export async function getSettings(actor: TActor): Promise<TSettings> {
  requireCan(actor, 'admin.settings');
  return unsafeReadSettings();
}

/** The settings with no actor: for the trash page's dates, which need only the number. */
export async function unsafeReadSettings(): Promise<TSettings> {
  const row = await db.appSetting.findUnique({ where: { id: 1 }, select: { trashRetentionDays: true, version: true } });
  return row ?? { trashRetentionDays: TRASH_RETENTION.default, version: 1 };
}

/**
 * Sets how many days a deleted person stays in the trash before the purge removes them for good.
 * Saved on top of `version`; if another leader saved in between, nothing is written.
 */
export async function updateTrashRetention(actor: TActor, { trashRetentionDays, version }: TTrashRetention): Promise<TSettings> {
  requireCan(actor, 'admin.settings');
  return db.$transaction(async (tx) => {
    const current = await tx.appSetting.findUnique({ where: { id: 1 }, select: { trashRetentionDays: true, version: true } });
    if (!current) throw new AppError('CONFLICT', 'The settings row is missing; apply the migrations.');
    if (current.trashRetentionDays === trashRetentionDays) return current;
    // The version in the WHERE makes the check and the write one atomic step.
    const { count } = await tx.appSetting.updateMany({
      where: { id: 1, version },
      data: { trashRetentionDays, updatedById: actor.userId, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError('CONFLICT', 'The settings were changed by someone else.', { currentVersion: current.version });
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'setting', entityId: null, fields: ['trashRetentionDays'] });
    return { trashRetentionDays, version: version + 1 };
  });
}
