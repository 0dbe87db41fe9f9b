import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getBackupStatus, requestBackupNow, updateBackupSchedule } from '@/lib/data/admin/backups';
import { closeImportPool } from '@/lib/db/pools';
import { backupIfDue } from '@/lib/jobs/backup';
import { restoreBackup } from '@/lib/ops/backup/restore';
import { isAppError } from '@/lib/errors';
import { relationCount, scratchDatabases, scratchFolder } from '../support/scratch-db';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// Leadership's daily backup: the schedule on the settings page, taken by the background worker
// (once, however many servers look), kept to the number asked for, and its outcome shown.

const prisma = testClient();
const scratch = scratchDatabases();
let org: TSmallOrg;
const folder = scratchFolder();
// backupIfDue looks at most every ten seconds; each call here is a later moment.
let clock = Date.now();
const look = () => backupIfDue(undefined, (clock += 60_000));
const files = async () => (await readdir(folder())).sort();

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
beforeEach(() => {
  vi.stubEnv('LEAVEN_BACKUP_DIR', folder());
  vi.stubEnv('LEAVEN_BACKUP_PASSPHRASE', 'the passphrase of the schedule');
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await closeImportPool();
  await prisma.$disconnect();
});

describe('the backup schedule', () => {
  it('is leadership’s alone', async () => {
    for (const actor of [org.actors.coordinator, org.actors.member]) {
      await expect(getBackupStatus(actor)).rejects.toSatisfy((e) => isAppError(e, 'NOT_FOUND'));
      await expect(updateBackupSchedule(actor, { enabled: true, keepCount: 3, version: 1 })).rejects.toSatisfy((e) => isAppError(e, 'NOT_FOUND'));
      await expect(requestBackupNow(actor)).rejects.toSatisfy((e) => isAppError(e, 'NOT_FOUND'));
    }
  });

  it('takes nothing until turned on; then a backup a day, once however many servers look', async () => {
    await look();
    expect(await files()).toEqual([]);
    expect(await getBackupStatus(org.actors.admin)).toMatchObject({ enabled: false, keepCount: 14, lastSuccess: null, lastFailure: null, keyConfigured: true });

    await updateBackupSchedule(org.actors.admin, { enabled: true, keepCount: 2, version: 1 });
    await expect(updateBackupSchedule(org.actors.admin, { enabled: false, keepCount: 2, version: 1 })).rejects.toSatisfy((e) => isAppError(e, 'CONFLICT'));
    await Promise.all([look(), look(), look()]);
    expect(await files()).toEqual([expect.stringMatching(/^leaven-scheduled-[\dT-]+Z\.leaven-backup$/)]);
    const status = await getBackupStatus(org.actors.admin);
    expect(status).toMatchObject({ enabled: true, keepCount: 2, version: 2, lastFailure: null, lastSuccess: { fileName: (await files())[0] } });
    expect(status.lastSuccess!.bytes).toBeGreaterThan(1000);

    // A day has not passed: nothing more.
    await look();
    expect(await files()).toHaveLength(1);
    expect(await prisma.auditEvent.count({ where: { entityType: 'backup', action: 'UPDATE' } })).toBe(1);
  });

  it('takes one now when asked, keeps the newest it was told to keep, and the file restores', async () => {
    await writeFile(path.join(folder(), 'leaven-scheduled-2020-01-01T00-00-00-000Z.leaven-backup'), 'an old one');
    await writeFile(path.join(folder(), 'leaven-2020-01-01T00-00-00-000Z.leaven-backup'), 'made by npm run backup: never pruned');
    const { requestedAt } = await requestBackupNow(org.actors.admin);
    expect((await requestBackupNow(org.actors.admin)).requestedAt).toEqual(requestedAt);
    expect((await getBackupStatus(org.actors.admin)).requestedAt).toEqual(requestedAt);
    await look();
    const names = await files();
    expect(names).toHaveLength(3);
    expect(names).toContain('leaven-2020-01-01T00-00-00-000Z.leaven-backup');
    expect(names).not.toContain('leaven-scheduled-2020-01-01T00-00-00-000Z.leaven-backup');
    expect((await getBackupStatus(org.actors.admin)).requestedAt).toBeNull();

    const target = await scratch(false);
    await restoreBackup(path.join(folder(), names.at(-1)!), target, { key: { kind: 'passphrase', passphrase: 'the passphrase of the schedule' } });
    expect(await relationCount(target)).toBeGreaterThan(0);
  });

  it('records a failure and its reason, which the settings page shows until a backup succeeds', async () => {
    vi.stubEnv('LEAVEN_BACKUP_PASSPHRASE', '');
    await requestBackupNow(org.actors.admin);
    await look();
    const failed = await getBackupStatus(org.actors.admin);
    expect(failed.lastFailure?.error).toBe("No key to encrypt backups with: set LEAVEN_BACKUP_PASSPHRASE or LEAVEN_BACKUP_KEY_FILE in the app server's environment.");
    expect(failed.lastSuccess).not.toBeNull();

    vi.stubEnv('LEAVEN_BACKUP_PASSPHRASE', 'the passphrase of the schedule');
    await requestBackupNow(org.actors.admin);
    await look();
    expect((await getBackupStatus(org.actors.admin)).lastFailure).toBeNull();
  });
});
