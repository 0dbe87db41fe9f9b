'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { deleteMobilizationAction } from '../actions';

export function DeleteMobilizationButton({ id }: { id: string }) {
  const t = useTranslations('mobilizationForm');
  const [state, action, pending] = useActionState(deleteMobilizationAction, null);
  return (
    <details className="rounded-xl border border-red-200 bg-red-50/50 p-4">
      <summary className="cursor-pointer font-medium text-red-800">{t('delete')}</summary>
      <form action={action} className="mt-3 space-y-2">
        <input type="hidden" name="id" value={id} />
        <p className="text-sm text-red-900">{t('deleteExplain')}</p>
        <FormMessage state={state} />
        <button disabled={pending} className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60">
          {t('confirmDelete')}
        </button>
      </form>
    </details>
  );
}
