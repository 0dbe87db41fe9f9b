'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { purgePersonAction, restorePersonAction } from '../actions';

export function RestoreButton({ id }: { id: string }) {
  const t = useTranslations('trash');
  const { state, action, pending } = useActionForm(restorePersonAction);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" disabled={pending} variant="secondary" size="sm" className="whitespace-nowrap">
        {t('restore')}
      </Button>
      {state && !state.ok ? <FormMessage state={state} /> : null}
    </form>
  );
}

/** "Delete now": a dialog names the person and what goes with them before anything is removed. */
export function PurgeButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations('trash');
  const { state, action, pending } = useActionForm(purgePersonAction);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = `purge-${id}`;
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded-md border border-red-200 bg-white px-3 py-1 text-sm font-medium whitespace-nowrap text-red-800 hover:bg-red-50"
      >
        {t('purgeNow')}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl border border-red-200 bg-white p-5 text-left shadow-lg backdrop:bg-stone-900/40"
      >
        <form action={action} className="space-y-3">
          <input type="hidden" name="id" value={id} />
          <h2 id={titleId} className="text-lg font-semibold text-stone-900">
            {t('purgeNow')}
          </h2>
          <p className="text-sm text-stone-800">{t('purgeExplain', { name })}</p>
          <FormMessage state={state} />
          <div className="flex flex-wrap justify-end gap-2 pt-1">
            <Button onClick={() => dialog.current?.close()} variant="secondary" size="md">
              {t('cancel')}
            </Button>
            <Button type="submit" disabled={pending} variant="danger" size="md">
              {t('confirmPurge')}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
