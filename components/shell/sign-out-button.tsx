'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { TFormAction } from '@/components/forms/server-action';

export function SignOutButton({ action: signOut }: { action: TFormAction<never> }) {
  const t = useTranslations('nav');
  const [, action, pending] = useActionState(signOut, null);
  return (
    <form action={action}>
      <button type="submit" disabled={pending} className="text-sm font-medium text-stone-600 underline-offset-2 hover:text-stone-900 hover:underline">
        {t('signOut')}
      </button>
    </form>
  );
}
