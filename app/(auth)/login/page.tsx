import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getActor } from '@/lib/auth/actor';
import { sameOriginPath } from '@/lib/validation/next-path';
import { AuthFrame } from '../_components/auth-frame';
import { LoginForm } from './_components/login-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('login'))('title') };
}

// Only a path of this site is carried into the form; the action checks it again.
const ZSearch = z.object({ next: z.string().max(500).optional().catch(undefined).transform((v) => (v ? sameOriginPath(v) : undefined)) });

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  if (await getActor()) redirect('/');
  const { next } = ZSearch.parse(await searchParams);
  const t = await getTranslations('login');
  return (
    <AuthFrame title={t('title')} subtitle={t('subtitle')} narrow>
      <LoginForm next={next} />
    </AuthFrame>
  );
}
