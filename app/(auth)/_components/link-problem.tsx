import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AuthFrame } from './auth-frame';

/** An unknown, expired or used link: what happened and what to do, never an error page. */
export async function LinkProblem({ state }: { state: 'UNKNOWN' | 'EXPIRED' | 'USED' }) {
  const t = await getTranslations('oneTimeLink');
  return (
    <AuthFrame title={t(`problem.${state}.title`)}>
      <p role="alert" className="text-base text-stone-700">
        {t(`problem.${state}.body`)}
      </p>
      <Link href="/login" className="mt-6 inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-4 text-lg font-semibold text-white hover:bg-brand-800">
        {t('toSignIn')}
      </Link>
    </AuthFrame>
  );
}
