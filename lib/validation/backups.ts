import { z } from 'zod';
import { checkbox, ZVersion } from '@/lib/validation/form-helpers';

// Leadership's backup schedule (lib/data/admin/backups.ts stores it, lib/jobs/backup.ts follows it).

export const BACKUP_KEEP = { min: 1, max: 365, default: 14 } as const;

export const ZBackupSchedule = z.object({
  enabled: checkbox,
  keepCount: z.coerce
    .number({ error: 'backupKeepCount' })
    .int({ error: 'backupKeepCount' })
    .min(BACKUP_KEEP.min, { error: 'backupKeepCount' })
    .max(BACKUP_KEEP.max, { error: 'backupKeepCount' }),
  version: ZVersion,
});
export type TBackupSchedule = z.infer<typeof ZBackupSchedule>;

export const ZRequestBackup = z.object({});
