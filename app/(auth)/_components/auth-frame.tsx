import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { setLocaleAction } from '../../actions';

type TAuthFrameProps = { title: string; subtitle?: string; children: ReactNode; /** The sign-in page: a narrower card and a smaller subtitle. */ narrow?: boolean };

/** The frame of the pages a visitor sees before signing in: the sign-in page, invitation and reset links. */
export async function AuthFrame({ title, subtitle, children, narrow = false }: TAuthFrameProps) {
  const t = await getTranslations();
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center bg-gradient-to-b from-brand-50 to-stone-50 px-4 py-10">
      <div className={`w-full ${narrow ? 'max-w-sm' : 'max-w-md'}`}>
        <div className="mb-6 flex items-center justify-between">
          <span className="flex items-center gap-2 text-2xl font-semibold tracking-tight text-brand-800">
            <span aria-hidden className="inline-block size-7 rounded-full bg-gradient-to-br from-crust-500 to-brand-700" />
            {t('app.name')}
          </span>
          <LanguageSwitch setLocale={setLocaleAction} />
        </div>
        <div className="rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
          <h1 className="text-xl font-semibold">{title}</h1>
          {subtitle ? <p className={`mt-1 mb-6 ${narrow ? 'text-sm' : 'text-base'} text-stone-600`}>{subtitle}</p> : <div className="mb-4" />}
          {children}
        </div>
        <p className="mt-4 text-center text-xs text-stone-500">{t('login.privacy')}</p>
      </div>
    </main>
  );
}
