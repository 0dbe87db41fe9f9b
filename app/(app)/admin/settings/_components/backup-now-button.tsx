'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { requestBackupNowAction } from '../backup-actions';

/** Asks the background worker for a backup at its next look. Once asked, the section says so instead. */
export function BackupNowButton() {
  const t = useTranslations('backups');
  const { state, action } = useActionForm(requestBackupNowAction);
  return (
    <form action={action} className="space-y-3">
      <p className="text-sm text-stone-700">{t('nowExplain')}</p>
      <FormMessage state={state} />
      <SubmitButton variant="secondary">{t('now')}</SubmitButton>
    </form>
  );
}
