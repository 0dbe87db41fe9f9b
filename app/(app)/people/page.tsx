import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { KeysetPagination } from '@/components/data-table/keyset-pagination';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/access/capabilities';
import { listPeople, PEOPLE_COUNT_CAP } from '@/lib/data/people/list';
import { listPeopleFilterOptions } from '@/lib/data/people/options';
import { listSavedViews } from '@/lib/data/people/saved-views';
import { requirePage } from '@/lib/entry/page';
import {
  encodeCursor, PAGE_SIZES, PEOPLE_FILTER_PARAMS, PEOPLE_SORTS, peopleListHref, peopleViewOf, ZPeopleListParams, type TPeopleCursor, type TPeopleSortBy,
} from '@/lib/validation/search-params';
import { PageSize } from './_components/page-size';
import { PeopleTable } from './_components/people-table';
import { PeopleToolbar } from './_components/people-toolbar';
import { SavedViewsBar } from './_components/saved-views-bar';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('people'))('title') };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PeoplePage({ searchParams }: TProps) {
  const actor = await requirePage('area.people');
  const params = ZPeopleListParams.parse(await searchParams);
  const [t, list, options, savedViews] = await Promise.all([
    getTranslations('people'),
    listPeople(actor, { ...peopleViewOf(params), pageSize: params.size, after: params.after, before: params.before, last: params.last }),
    listPeopleFilterOptions(actor),
    listSavedViews(actor),
  ]);

  // Every link keeps the filters, sort and page size; a page link adds its cursor.
  const filters = Object.fromEntries(PEOPLE_FILTER_PARAMS.map((k) => [k, params[k]]));
  const view = { ...filters, sort: params.sort, dir: params.dir, size: params.size };
  const at = (extra: Record<string, string | boolean>) => peopleListHref({ ...view, ...extra });
  const cursorHref = (key: 'after' | 'before', c: TPeopleCursor | null) => (c ? at({ [key]: encodeCursor(c) }) : undefined);
  const links = {
    first: list.previous ? at({}) : undefined,
    previous: cursorHref('before', list.previous),
    next: cursorHref('after', list.next),
    last: list.next ? at({ last: true }) : undefined,
  };
  const sorts = Object.fromEntries(
    PEOPLE_SORTS.map((by) => {
      const state = params.sort === by ? params.dir : false;
      return [by, { state, href: peopleListHref({ ...filters, size: params.size, sort: by, dir: state === 'asc' ? 'desc' : 'asc' }) }];
    }),
  ) as Record<TPeopleSortBy, { state: 'asc' | 'desc' | false; href: string }>;
  const activeFilters = PEOPLE_FILTER_PARAMS.filter((k) => k !== 'q' && params[k]).length;
  const tForm = await getTranslations('personForm');
  const subtitle = list.totalCapped ? t('countCapped', { count: PEOPLE_COUNT_CAP }) : t('count', { count: list.total });
  // Leadership exports the view as it stands: the same filters, search and sort, every page.
  const exportHref = peopleListHref({ ...filters, sort: params.sort, dir: params.dir }, '/people/export/csv');
  const viewHref = peopleListHref({ ...filters, sort: params.sort, dir: params.dir });

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={<span data-testid="people-count">{subtitle}</span>}
        actions={
          <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
            {can(actor, 'people.trash') ? (
              <Link href="/people/trash" className="text-sm font-medium text-stone-600 hover:underline">
                {tForm('trash')}
              </Link>
            ) : null}
            {can(actor, 'people.export') ? (
              <>
                {/* A plain link: the route streams the file as a download. */}
                <a
                  href={exportHref}
                  download
                  title={t('exportHint')}
                  className={buttonClass('secondary', 'md', 'whitespace-nowrap')}
                >
                  {t('exportCsv')}
                  <span className="text-xs font-normal text-stone-500 tabular-nums">
                    {list.totalCapped ? t('exportRowsCapped', { count: PEOPLE_COUNT_CAP }) : t('exportRows', { count: list.total })}
                  </span>
                </a>
              </>
            ) : null}
            {/* Members add the people they know through "My people", never the full form. */}
            <Link href={can(actor, 'people.create') ? '/people/new' : '/me/people/new'} className={buttonClass('primary', 'md', 'whitespace-nowrap')}>
              {tForm('add')}
            </Link>
          </div>
        }
      />
      {can(actor, 'people.saveViews') ? (
        // A saved view keeps the filters and sort: the same address a view's link opens.
        <SavedViewsBar views={savedViews} current={viewHref} query={viewHref.split('?')[1] ?? ''} />
      ) : null}
      <PeopleToolbar
        // Filters set elsewhere (a link, back, "clear filters") reset the form; typing a search does not.
        key={JSON.stringify({ ...filters, q: undefined })}
        params={{ ...filters, sort: params.sort, dir: params.dir, size: params.size }}
        options={options}
        activeFilters={activeFilters}
        canFilterFollowUps={can(actor, 'interactions.read')}
        clearHref={peopleListHref({ sort: params.sort, dir: params.dir, size: params.size })}
      />
      <PeopleTable
        // A new page, filter or sort is a new table: the selection starts empty.
        key={JSON.stringify(params)}
        rows={list.rows}
        sorts={sorts}
        canBulkEdit={can(actor, 'people.bulkEdit')}
        showContacted={can(actor, 'interactions.read')}
        circles={options.circles}
        addTags={options.allTags}
        removeTags={options.tags}
        filtered={activeFilters > 0 || Boolean(params.q)}
      />
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <KeysetPagination
          links={links}
          labels={{ nav: t('pagination'), first: t('first'), previous: t('previous'), next: t('next'), last: t('last') }}
        />
        <PageSize size={params.size} hrefs={Object.fromEntries(PAGE_SIZES.map((size) => [size, peopleListHref({ ...view, size })]))} />
      </div>
    </>
  );
}
