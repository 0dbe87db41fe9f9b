'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import type { TFormAction } from '@/components/forms/server-action';

/** The action that marks a follow-up done or not done, handed down by the page. */
export type TFollowUpAction = TFormAction<{ changed: boolean }>;

function ToggleButton({ done, label }: { done: boolean; label: string }) {
  const t = useTranslations('interactionLog');
  const { pending } = useFormStatus();
  const tone = done
    ? 'bg-white text-stone-700 ring-1 ring-stone-300 hover:bg-stone-100'
    : 'bg-brand-700 text-white hover:bg-brand-800';
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className={`inline-flex min-h-9 items-center gap-1 rounded-md px-3 py-1.5 text-sm font-medium shadow-xs disabled:opacity-60 ${tone}`}>
      <span aria-hidden>{done ? '↺' : '✓'}</span>
      {pending ? t('saving') : done ? t('markUndone') : t('markDone')}
      <span className="sr-only">: {label}</span>
    </button>
  );
}

/**
 * Marks a follow-up done or not done. It sends the value wanted, not "toggle", so a double tap
 * or a stale tab cannot flip it back.
 */
export function FollowUpToggle({ id, done, label, action: setDone }: { id: string; done: boolean; label: string; action: TFollowUpAction }) {
  const [state, action] = useActionState(setDone, null);
  return (
    <form action={action} className="inline-flex shrink-0 flex-col items-end gap-1">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="done" value={String(!done)} />
      <ToggleButton done={done} label={label} />
      {state && !state.ok ? (
        <span role="alert" className="text-xs text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
