import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { getActor } from '@/lib/auth/actor';
import { LoginForm } from './_components/login-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('login'))('title') };
}

const ZSearch = z.object({ next: z.string().max(500).optional().catch(undefined) });

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  if (await getActor()) redirect('/');
  const { next } = ZSearch.parse(await searchParams);
  const t = await getTranslations();
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center bg-gradient-to-b from-brand-50 to-stone-50 px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-between">
          <span className="flex items-center gap-2 text-2xl font-semibold tracking-tight text-brand-800">
            <span aria-hidden className="inline-block size-7 rounded-full bg-gradient-to-br from-crust-500 to-brand-700" />
            {t('app.name')}
          </span>
          <LanguageSwitch />
        </div>
        <div className="rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
          <h1 className="text-xl font-semibold">{t('login.title')}</h1>
          <p className="mt-1 mb-6 text-sm text-stone-600">{t('login.subtitle')}</p>
          <LoginForm next={next} />
        </div>
        <p className="mt-4 text-center text-xs text-stone-500">{t('login.privacy')}</p>
      </div>
    </main>
  );
}
