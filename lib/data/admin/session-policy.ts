import type { TActor } from '@/lib/access/actor';
import { requireCan } from '@/lib/access/capabilities';
import { unsafeReadSessionPolicy, type TSessionPolicy } from '@/lib/data/account/session-policy';
import { recordAudit } from '@/lib/data/audit';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import type { TSessionPolicyInput } from '@/lib/validation/security';

// How long sessions last, set by leadership in Settings. Stored on the settings row, saved on top
// of its version like the rest of the settings (lib/data/admin/settings.ts).

export async function getSessionPolicy(actor: TActor): Promise<TSessionPolicy & { version: number }> {
  requireCan(actor, 'admin.settings');
  return unsafeReadSessionPolicy();
}

export async function updateSessionPolicy(actor: TActor, { idleHours, maxDays, version }: TSessionPolicyInput): Promise<TSessionPolicy & { version: number }> {
  requireCan(actor, 'admin.settings');
  return db.$transaction(async (tx) => {
    const current = await tx.appSetting.findUnique({ where: { id: 1 }, select: { sessionIdleHours: true, sessionMaxDays: true, version: true } });
    if (!current) throw new AppError('CONFLICT', 'The settings row is missing; apply the migrations.');
    const fields = [...(current.sessionIdleHours !== idleHours ? ['sessionIdleHours'] : []), ...(current.sessionMaxDays !== maxDays ? ['sessionMaxDays'] : [])];
    if (fields.length === 0) return { idleHours, maxDays, version: current.version };
    // The version in the WHERE makes the check and the write one atomic step.
    const { count } = await tx.appSetting.updateMany({
      where: { id: 1, version },
      data: { sessionIdleHours: idleHours, sessionMaxDays: maxDays, updatedById: actor.userId, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError('CONFLICT', 'The settings were changed by someone else.', { currentVersion: current.version });
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'setting', entityId: null, fields });
    return { idleHours, maxDays, version: version + 1 };
  });
}
