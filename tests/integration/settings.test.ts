import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSettings, updateTrashRetention } from '@/lib/data/admin/settings';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

describe('the trash retention setting', () => {
  it('starts at 30 days, and leadership changes it, audited by field name only', async () => {
    const before = await getSettings(org.actors.admin);
    expect(before.trashRetentionDays).toBe(30);
    await updateTrashRetention(org.actors.admin, { trashRetentionDays: 45, version: before.version });
    const after = await getSettings(org.actors.admin);
    expect(after).toEqual({ trashRetentionDays: 45, version: before.version + 1 });
    const audit = await prisma.auditEvent.findMany({ where: { entityType: 'setting' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'UPDATE', actorUserId: org.users.admin.id, changedFields: ['trashRetentionDays'] });
  });

  it('does not exist for coordinators and members', async () => {
    const { version } = await getSettings(org.actors.admin);
    for (const actor of [org.actors.coordinator, org.actors.member]) {
      await expect(getSettings(actor)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(updateTrashRetention(actor, { trashRetentionDays: 2, version })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await getSettings(org.actors.admin)).trashRetentionDays).toBe(45);
  });

  it('refuses a save over another leader’s newer one, changing nothing', async () => {
    const { version } = await getSettings(org.actors.admin);
    await expect(updateTrashRetention(org.actors.admin, { trashRetentionDays: 7, version: version - 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await getSettings(org.actors.admin)).toEqual({ trashRetentionDays: 45, version });
  });

  it('is kept between 1 and 3650 days by the database too', async () => {
    for (const days of [0, -1, 3651]) {
      await expect(prisma.appSetting.update({ where: { id: 1 }, data: { trashRetentionDays: days } })).rejects.toThrow(/app_setting_trash_retention_days_range/);
    }
    await expect(prisma.appSetting.create({ data: { id: 2 } })).rejects.toThrow(/app_setting_single_row/);
    expect((await getSettings(org.actors.admin)).trashRetentionDays).toBe(45);
  });
});
