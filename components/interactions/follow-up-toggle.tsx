'use client';

import { useTranslations } from 'next-intl';
import type { TFormAction } from '@/components/forms/server-action';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';

/** The action that marks a follow-up done or not done, handed down by the page. */
export type TFollowUpAction = TFormAction<{ changed: boolean }>;

/**
 * Marks a follow-up done or not done. It sends the value wanted, not "toggle", so a double tap
 * or a stale tab cannot flip it back.
 */
export function FollowUpToggle({ id, done, label, action: setDone }: { id: string; done: boolean; label: string; action: TFollowUpAction }) {
  const t = useTranslations('interactionLog');
  const { state, action } = useActionForm(setDone);
  return (
    <form action={action} className="inline-flex shrink-0 flex-col items-end gap-1">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="done" value={String(!done)} />
      <SubmitButton variant={done ? 'secondary' : 'primary'} size="sm" pendingLabel={t('saving')} className="min-h-9">
        <span aria-hidden>{done ? '↺' : '✓'}</span>
        {done ? t('markUndone') : t('markDone')}
        <span className="sr-only">: {label}</span>
      </SubmitButton>
      {state && !state.ok ? (
        <span role="alert" className="text-xs text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
