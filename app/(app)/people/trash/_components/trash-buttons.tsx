'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { restorePersonAction } from '../actions';

export function RestoreButton({ id }: { id: string }) {
  const t = useTranslations('trash');
  const [state, action, pending] = useActionState(restorePersonAction, null);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <button disabled={pending} className="rounded-md border border-stone-300 bg-white px-3 py-1 text-sm font-medium hover:bg-stone-100 disabled:opacity-60">
        {t('restore')}
      </button>
      {state && !state.ok ? <FormMessage state={state} /> : null}
    </form>
  );
}

