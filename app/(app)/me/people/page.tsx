import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listMyPeople } from '@/lib/data/people/my-people';
import { displayName } from '@/lib/format/person-name';
import { formatPhone } from '@/lib/format/phone';
import { requirePage } from '@/lib/entry/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('myPeople'))('title') };
}

const ZSearch = z.object({ done: z.enum(['added', 'saved']).optional().catch(undefined) });

export default async function MyPeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const actor = await requirePage('area.me');
  const { done } = ZSearch.parse(await searchParams);
  const [t, people] = await Promise.all([getTranslations('myPeople'), listMyPeople(actor)]);
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <Link href="/me" className="inline-block text-base text-brand-800 hover:underline">
        ← {t('backToProfile')}
      </Link>
      <PageHeader title={t('title')} subtitle={t('intro')} />
      {done ? (
        <p role="status" className="rounded-lg border border-brand-200 bg-brand-50 px-4 py-3 text-base text-brand-900">
          {t(done)}
        </p>
      ) : null}
      <Link
        href="/me/people/new"
        className="flex min-h-14 w-full items-center justify-center gap-2 rounded-xl bg-brand-700 px-5 py-3 text-lg font-semibold text-white shadow-sm hover:bg-brand-800"
      >
        <span aria-hidden>+</span> {t('addSomeone')}
      </Link>
      {people.length ? (
        <ul className="space-y-3">
          {people.map((p) => (
            <li key={p.id} className="flex items-center justify-between gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-xs">
              <div className="min-w-0">
                <p className="text-lg font-semibold break-words text-stone-900">{displayName(p)}</p>
                <p className="text-base text-stone-600">
                  {p.phone ? <span className="tabular-nums">{formatPhone(p.phone)}</span> : t('noPhone')}
                  {p.kind ? ` · ${t(`kinds.${p.kind}`)}` : ''}
                </p>
              </div>
              <Link
                href={`/me/people/${p.id}`}
                className="inline-flex min-h-12 shrink-0 items-center rounded-lg border border-stone-300 px-4 text-base font-medium text-stone-800 hover:bg-stone-100"
                aria-label={t('editNamed', { name: displayName(p) })}
              >
                {t('edit')}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <Card>
          <p className="text-base text-stone-600">{t('empty')}</p>
        </Card>
      )}
    </div>
  );
}
