'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { revokeApiTokenAction } from '../actions';

export function RevokeButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations('apiTokens');
  const { state, action, pending } = useActionForm(revokeApiTokenAction);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t('revokeConfirm', { name }))) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <Button type="submit" disabled={pending} variant="outlineDanger" size="sm">
        {t('revoke')}
      </Button>
      {state && !state.ok ? <FormMessage state={state} /> : null}
    </form>
  );
}
