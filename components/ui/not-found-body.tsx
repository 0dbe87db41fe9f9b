import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';

/** What a 404 says: inside the app's frame (whose <main> holds it) or on its own page. */
export async function NotFoundBody() {
  const t = await getTranslations('notFound');
  return (
    <div className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-5xl font-semibold text-brand-700">404</p>
      <h1 className="text-xl font-semibold">{t('title')}</h1>
      <p className="text-stone-600">{t('body')}</p>
      <Link href="/" className={buttonClass()}>
        {t('back')}
      </Link>
    </div>
  );
}
