'use server';

import { authedAction } from '@/lib/entry/action';
import { requestBackupNow, updateBackupSchedule } from '@/lib/data/admin/backups';
import { ZBackupSchedule, ZRequestBackup } from '@/lib/validation/backups';

export const updateBackupScheduleAction = authedAction(ZBackupSchedule, (actor, input) => updateBackupSchedule(actor, input), { revalidate: ['/admin/settings'] });

export const requestBackupNowAction = authedAction(ZRequestBackup, (actor) => requestBackupNow(actor), { revalidate: ['/admin/settings'] });
