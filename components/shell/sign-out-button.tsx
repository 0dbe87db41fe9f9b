'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { signOutAction } from '@/app/actions';

export function SignOutButton() {
  const t = useTranslations('nav');
  const [, action, pending] = useActionState(signOutAction, null);
  return (
    <form action={action}>
      <button type="submit" disabled={pending} className="text-sm font-medium text-stone-600 underline-offset-2 hover:text-stone-900 hover:underline">
        {t('signOut')}
      </button>
    </form>
  );
}
