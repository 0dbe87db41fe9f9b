import type { TActor } from '@/lib/access/actor';
import { requireCan } from '@/lib/access/capabilities';
import { recordAudit } from '@/lib/data/audit';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { canonicalTimeZone } from '@/lib/format/dates';
import { isPhoneCountry } from '@/lib/format/phone';
import type { TOrganizationSettings } from '@/lib/validation/settings';

// The organization's name, its clock (the time zone every "today" is on) and the country of a
// phone number written without one: part of the settings row, leadership only. Everyone else
// reads the clock through lib/data/admin/clock.ts, which holds nothing but the zone and country.

const select = { organizationName: true, timeZone: true, phoneCountry: true, version: true } as const;

export async function getOrganizationSettings(actor: TActor): Promise<TOrganizationSettings> {
  requireCan(actor, 'admin.settings');
  const row = await db.appSetting.findUnique({ where: { id: 1 }, select });
  if (!row) throw new AppError('CONFLICT', 'The settings row is missing; apply the migrations.');
  return row;
}

/**
 * Saves them on top of `version` (the settings row's, shared with the trash retention); if
 * another leader saved in between, nothing is written. The zone and country are checked here
 * too, whoever calls: a zone this runtime cannot use would stop every page's clock.
 */
export async function updateOrganizationSettings(actor: TActor, input: TOrganizationSettings): Promise<TOrganizationSettings> {
  requireCan(actor, 'admin.settings');
  const timeZone = canonicalTimeZone(input.timeZone);
  if (!timeZone) throw new AppError('INVALID', 'timeZoneInvalid', { field: 'timeZone' });
  if (!isPhoneCountry(input.phoneCountry)) throw new AppError('INVALID', 'phoneCountryInvalid', { field: 'phoneCountry' });
  const next = { organizationName: input.organizationName?.trim() || null, timeZone, phoneCountry: input.phoneCountry };
  return db.$transaction(async (tx) => {
    const current = await tx.appSetting.findUnique({ where: { id: 1 }, select });
    if (!current) throw new AppError('CONFLICT', 'The settings row is missing; apply the migrations.');
    const fields = (Object.keys(next) as (keyof typeof next)[]).filter((k) => current[k] !== next[k]);
    if (fields.length === 0) return current;
    // The version in the WHERE makes the check and the write one atomic step.
    const { count } = await tx.appSetting.updateMany({ where: { id: 1, version: input.version }, data: { ...next, updatedById: actor.userId, version: { increment: 1 } } });
    if (count !== 1) throw new AppError('CONFLICT', 'The settings were changed by someone else.', { currentVersion: current.version });
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'setting', entityId: null, fields });
    return { ...next, version: input.version + 1 };
  });
}
