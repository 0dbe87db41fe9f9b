import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { rosterHref } from '@/lib/validation/roster';

type TRosterRow = {
  personId: string;
  name: string;
  /** Beside the name: a leader's or a point person's badge. */
  badge?: ReactNode;
  /** Under the name: since when, or the role, and the precinct. */
  detail: ReactNode;
  /** The row's controls, for those who may change it. */
  actions?: ReactNode;
};

/** Which page of the roster this is, out of how many, and the search that narrowed it. */
type TRosterBrowse = { path: string; q?: string; page: number; pages: number; total: number; skip: number };

type TRosterCardProps = {
  title: string;
  /** The form that adds someone, under its title; absent for those who may not add. */
  add?: { title: string; form: ReactNode };
  rows: TRosterRow[];
  empty: string;
  /** A long roster is read a page at a time, searched by name on the server (?q=&page=). */
  browse?: TRosterBrowse;
  className?: string;
  /** Below the list. */
  children?: ReactNode;
};

/** The people of a circle or an organization, each linked to their profile, with the form that adds one. */
export async function RosterCard({ title, add, rows, empty, browse, className, children }: TRosterCardProps) {
  const t = await getTranslations('groupRoster');
  const searching = Boolean(browse?.q);
  return (
    <Card title={title} className={`scroll-mt-4 ${className ?? ''}`}>
      <div id="roster" />
      {add ? (
        <div className="mb-4 rounded-lg bg-stone-50 p-3 ring-1 ring-stone-200">
          <h3 className="mb-2 text-sm font-semibold text-stone-700">{add.title}</h3>
          {add.form}
        </div>
      ) : null}
      {browse && (browse.pages > 1 || searching) ? (
        <form role="search" aria-label={t('search')} action={`${browse.path}#roster`} className="mb-3 flex flex-wrap items-center gap-2">
          <label htmlFor="roster-q" className="sr-only">
            {t('search')}
          </label>
          <Input id="roster-q" type="search" name="q" defaultValue={browse.q ?? ''} placeholder={t('search')} className="min-w-0 flex-1 basis-48" />
          <Button type="submit" variant="secondary" size="md">
            {t('searchButton')}
          </Button>
          {searching ? (
            <Link href={rosterHref(browse.path, {})} className="text-sm font-medium text-brand-800 hover:underline">
              {t('clear')}
            </Link>
          ) : null}
        </form>
      ) : null}
      {browse && searching ? <p className="mb-2 text-sm text-stone-600" role="status">{t('matches', { total: browse.total, q: browse.q! })}</p> : null}
      {rows.length === 0 ? (
        searching ? null : <p className="text-sm text-stone-500">{empty}</p>
      ) : (
        <ul className="divide-y divide-stone-100" aria-label={title}>
          {rows.map((r) => (
            <li key={r.personId} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-2.5">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2">
                  <Link href={`/people/${r.personId}`} className="font-medium text-brand-800 hover:underline">
                    {r.name}
                  </Link>
                  {r.badge}
                </p>
                <p className="text-xs text-stone-500">{r.detail}</p>
              </div>
              {r.actions}
            </li>
          ))}
        </ul>
      )}
      {browse && browse.pages > 1 ? <RosterPages browse={browse} shown={rows.length} t={t} /> : null}
      {children}
    </Card>
  );
}

function RosterPages({ browse, shown, t }: { browse: TRosterBrowse; shown: number; t: Awaited<ReturnType<typeof getTranslations<'groupRoster'>>> }) {
  const link = (page: number, label: string, rel: 'prev' | 'next') => (
    <Link href={rosterHref(browse.path, { q: browse.q, page })} rel={rel} className="rounded-md px-3 py-1.5 font-medium text-brand-800 ring-1 ring-stone-200 hover:bg-stone-50">
      {label}
    </Link>
  );
  return (
    <nav aria-label={t('pages')} className="mt-3 flex flex-wrap items-center justify-between gap-2 border-t border-stone-100 pt-3 text-sm">
      <p className="text-stone-600 tabular-nums">
        {t('range', { from: browse.skip + 1, to: browse.skip + shown, total: browse.total })} · {t('page', { page: browse.page, pages: browse.pages })}
      </p>
      <div className="flex gap-2">
        {browse.page > 1 ? link(browse.page - 1, t('previous'), 'prev') : null}
        {browse.page < browse.pages ? link(browse.page + 1, t('next'), 'next') : null}
      </div>
    </nav>
  );
}
