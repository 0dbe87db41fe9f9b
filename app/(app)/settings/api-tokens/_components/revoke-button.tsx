'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { revokeApiTokenAction } from '../actions';

export function RevokeButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations('apiTokens');
  const [state, action, pending] = useActionState(revokeApiTokenAction, null);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t('revokeConfirm', { name }))) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <button disabled={pending} className="rounded-md border border-red-200 bg-white px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60">
        {t('revoke')}
      </button>
      {state && !state.ok ? <FormMessage state={state} /> : null}
    </form>
  );
}
