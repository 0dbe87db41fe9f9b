'use client';

import { useTranslations } from 'next-intl';
import { Checkbox } from '@/components/forms/checkbox';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { BACKUP_KEEP } from '@/lib/validation/backups';
import { updateBackupScheduleAction } from '../backup-actions';

/** Whether the background worker takes a backup every day, and how many of those it keeps. */
export function BackupScheduleForm({ enabled, keepCount, version }: { enabled: boolean; keepCount: number; version: number }) {
  const t = useTranslations('backups');
  const { state, action, errors: err, str, bool } = useActionForm(updateBackupScheduleAction, {
    initial: { enabled: enabled ? 'on' : '', keepCount: String(keepCount) },
  });
  const saved = state?.ok ? state.data : null;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="version" value={saved?.version ?? version} />
      <Checkbox key={saved ? `saved-${saved.version}` : 'editing'} name="enabled" label={t('daily')} defaultChecked={bool('enabled')} />
      <Field
        key={saved ? `keep-${saved.version}` : 'keep'}
        label={t('keep')}
        name="keepCount"
        type="number"
        inputMode="numeric"
        min={BACKUP_KEEP.min}
        max={BACKUP_KEEP.max}
        step={1}
        defaultValue={str('keepCount')}
        hint={t('keepHint', { min: BACKUP_KEEP.min, max: BACKUP_KEEP.max })}
        error={err.keepCount}
        className="max-w-sm"
        required
      />
      <FormMessage state={state} success={saved ? t(saved.enabled ? 'savedOn' : 'savedOff', { count: saved.keepCount }) : undefined} />
      <SubmitButton>{t('save')}</SubmitButton>
    </form>
  );
}
