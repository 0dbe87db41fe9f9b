'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { purgePersonAction, restorePersonAction } from '../actions';

export function RestoreButton({ id }: { id: string }) {
  const t = useTranslations('trash');
  const [state, action, pending] = useActionState(restorePersonAction, null);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <button disabled={pending} className="rounded-md border border-stone-300 bg-white px-3 py-1 text-sm font-medium whitespace-nowrap hover:bg-stone-100 disabled:opacity-60">
        {t('restore')}
      </button>
      {state && !state.ok ? <FormMessage state={state} /> : null}
    </form>
  );
}

/** "Delete now": a dialog names the person and what goes with them before anything is removed. */
export function PurgeButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations('trash');
  const [state, action, pending] = useActionState(purgePersonAction, null);
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
            <button type="button" onClick={() => dialog.current?.close()} className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium hover:bg-stone-100">
              {t('cancel')}
            </button>
            <button disabled={pending} className="rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60">
              {t('confirmPurge')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
