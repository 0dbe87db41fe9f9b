'use client';

import { useTranslations } from 'next-intl';
import type { TFormAction } from '@/components/forms/server-action';
import { useActionForm } from '@/components/forms/use-action-form';

export function SignOutButton({ action: signOut }: { action: TFormAction<never> }) {
  const t = useTranslations('nav');
  const { action, pending } = useActionForm(signOut);
  return (
    <form action={action}>
      <button type="submit" disabled={pending} className="text-sm font-medium text-stone-600 underline-offset-2 hover:text-stone-900 hover:underline">
        {t('signOut')}
      </button>
    </form>
  );
}
