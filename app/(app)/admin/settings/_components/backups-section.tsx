import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { TActor } from '@/lib/access/actor';
import { getBackupStatus } from '@/lib/data/admin/backups';
import { loadOr404 } from '@/lib/entry/page';
import { formatDateTime } from '@/lib/format/dates';
import { BackupNowButton } from './backup-now-button';
import { BackupScheduleForm } from './backup-schedule-form';

/** The settings page's backups: when the last one succeeded or failed, the daily schedule, "Back up now". */
export async function BackupsSection({ actor }: { actor: TActor }) {
  const [t, format, status] = await Promise.all([getTranslations('backups'), getFormatter(), loadOr404(getBackupStatus(actor))]);
  const when = (at: Date) => formatDateTime(format, at);
  return (
    <Card title={t('title')} className="mt-6">
      <p className="mb-4 text-sm text-stone-700">{t('explain')}</p>
      <dl className="mb-4 space-y-2 text-sm">
        <div>
          <dt className="font-medium text-stone-800">{t('lastSuccess')}</dt>
          <dd className="text-stone-700" data-testid="backup-last-success">
            {status.lastSuccess
              ? t('succeeded', {
                  at: when(status.lastSuccess.at),
                  file: status.lastSuccess.fileName ?? '',
                  size: format.number((status.lastSuccess.bytes ?? 0) / 1e6, { maximumFractionDigits: 1 }),
                })
              : t('never')}
          </dd>
        </div>
      </dl>
      {/* Outside the list: a list's items may not be alerts (axe: definition-list). */}
      {status.lastFailure ? (
        <div role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <p className="font-medium">{t('lastFailure', { at: when(status.lastFailure.at) })}</p>
          <p className="break-words">{status.lastFailure.error}</p>
        </div>
      ) : null}
      {status.keyConfigured ? null : <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t('noKey')}</p>}
      <BackupScheduleForm enabled={status.enabled} keepCount={status.keepCount} version={status.version} />
      <div className="mt-6 border-t border-stone-200 pt-4">
        {status.requestedAt ? (
          <p role="status" className="text-sm text-stone-700">
            {t('requested', { at: when(status.requestedAt) })}
          </p>
        ) : (
          <BackupNowButton />
        )}
      </div>
    </Card>
  );
}
