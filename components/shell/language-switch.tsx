'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import type { TServerAction } from '@/components/forms/server-action';
import type { TLocale } from '@/lib/i18n/config';

/** Switches between English and Spanish; the choice is remembered in a cookie. */
export function LanguageSwitch({ setLocale, className = '' }: { setLocale: TServerAction<{ locale: TLocale }, { locale: TLocale }>; className?: string }) {
  const t = useTranslations('language');
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const other = locale === 'es' ? 'en' : 'es';
  return (
    <button
      type="button"
      disabled={pending}
      lang={other}
      onClick={() =>
        startTransition(async () => {
          await setLocale(null, { locale: other });
          router.refresh();
        })
      }
      className={`rounded-full border border-stone-300 bg-white px-3 py-1 text-sm font-medium text-stone-700 hover:bg-stone-100 disabled:opacity-60 ${className}`}
      aria-label={`${t('label')}: ${t(other)}`}
    >
      {t('switchTo')}
    </button>
  );
}
