import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { SimpleTable } from '@/components/ui/simple-table';
import { listPeople, type TPersonRow } from '@/lib/data/people';
import { displayName } from '@/lib/format/person-name';
import { requireArea } from '@/lib/page-helpers';
import { ZPeopleListParams } from '@/lib/validation/search-params';

const PAGE_SIZE = 50;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('people'))('title') };
}

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const actor = await requireArea('people');
  const { q, page } = ZPeopleListParams.parse(await searchParams);
  const [t, { rows, total }] = await Promise.all([getTranslations(), listPeople(actor, { q, page, pageSize: PAGE_SIZE })]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const href = (p: number) => `/people?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;

  return (
    <>
      <PageHeader title={t('people.title')} subtitle={t('people.count', { count: total })} />
      <form role="search" className="mb-4 flex gap-2" action="/people">
        <label htmlFor="people-q" className="sr-only">
          {t('people.search')}
        </label>
        <input
          id="people-q"
          name="q"
          type="search"
          defaultValue={q}
          placeholder={t('people.searchPlaceholder')}
          className="w-full max-w-md rounded-md border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-200 focus:outline-none"
        />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t('people.search')}
        </button>
      </form>
      <SimpleTable<TPersonRow>
        caption={t('people.title')}
        rows={rows}
        rowKey={(r) => r.id}
        empty={t('people.empty')}
        columns={[
          {
            key: 'name',
            header: t('people.name'),
            cell: (r) => (
              <span className="flex flex-wrap items-center gap-2">
                <Link href={`/people/${r.id}`} className="font-medium text-brand-800 hover:underline">
                  {displayName(r)}
                </Link>
                {r.doNotContact ? <Badge tone="danger">{t('people.doNotContact')}</Badge> : null}
              </span>
            ),
          },
          {
            key: 'precinct',
            header: t('people.precinct'),
            cell: (r) => (r.precinct ? `${r.precinct.ward.number}-${r.precinct.number}` : '—'),
            hideOnPhone: true,
          },
          { key: 'stage', header: t('people.stage'), cell: (r) => t(`stage.${r.ladderStage}`) },
          { key: 'language', header: t('people.language'), cell: (r) => r.preferredLanguage.toUpperCase(), hideOnPhone: true },
          { key: 'voter', header: t('people.voter'), cell: (r) => t(`voter.${r.registeredVoter}`), hideOnPhone: true },
        ]}
      />
      {pages > 1 ? (
        <nav aria-label={t('people.pagination')} className="mt-4 flex items-center justify-between text-sm">
          {page > 1 ? (
            <Link className="rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100" href={href(page - 1)}>
              {t('people.previous')}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-stone-600">{t('people.pageOf', { page, pages })}</span>
          {page < pages ? (
            <Link className="rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100" href={href(page + 1)}>
              {t('people.next')}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  );
}
