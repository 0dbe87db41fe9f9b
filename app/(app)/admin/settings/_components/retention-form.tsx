'use client';

import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { TRASH_RETENTION } from '@/lib/validation/settings';
import { updateTrashRetentionAction } from '../actions';

/** How many days a deleted person stays restorable before the purge removes them for good. */
export function RetentionForm({ current, version }: { current: number; version: number }) {
  const t = useTranslations('settings.trash');
  const { state, action, errors: err, str } = useActionForm(updateTrashRetentionAction, { initial: { trashRetentionDays: String(current) } });
  // After a refused save, the field keeps what was typed, so it can be corrected.
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="version" value={version} />
      <Field
        key={state?.ok ? `saved-${state.data.trashRetentionDays}` : 'editing'}
        label={t('days')}
        name="trashRetentionDays"
        type="number"
        inputMode="numeric"
        min={TRASH_RETENTION.min}
        max={TRASH_RETENTION.max}
        step={1}
        defaultValue={str('trashRetentionDays')}
        hint={t('daysHint', { min: TRASH_RETENTION.min, max: TRASH_RETENTION.max })}
        error={err.trashRetentionDays}
        className="max-w-sm"
        required
      />
      <FormMessage state={state} success={state?.ok ? t('saved', { days: state.data.trashRetentionDays }) : undefined} />
      <SubmitButton>{t('save')}</SubmitButton>
    </form>
  );
}
