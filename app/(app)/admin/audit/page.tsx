import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Button, buttonClass } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { getAuditFilterOptions, listAuditEvents } from '@/lib/data/admin/audit-log';
import { AUDIT_ACTIONS } from '@/lib/vocabulary/audit-actions';
import { displayName } from '@/lib/format/person-name';
import { loadOr404, requirePage } from '@/lib/entry/page';
import { orgClock } from '@/lib/data/admin/clock';
import { endOfDay, startOfDay } from '@/lib/format/dates';
import { ZAuditParams, type TAuditParams } from '@/lib/validation/audit';
import { AuditTable } from './_components/audit-table';

const PAGE_SIZE = 50;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('title') };
}

/** The URL of this page with some filters changed (and back to page 1 unless a page is given). */
function hrefWith(params: TAuditParams, change: Partial<Record<keyof TAuditParams, string | number | undefined>>) {
  const merged: Record<string, string | number | undefined> = { ...params, page: undefined, ...change };
  const entries = Object.entries(merged).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '' && !(e[0] === 'page' && e[1] === 1));
  return `/admin/audit${entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}` : ''}`;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const actor = await requirePage('admin.audit');
  const params = ZAuditParams.parse(await searchParams);
  const { timeZone } = await orgClock();
  const [t, format, { rows, total }, options] = await Promise.all([
    getTranslations(),
    getFormatter(),
    loadOr404(
      listAuditEvents(actor, {
        personId: params.person,
        personName: params.personName,
        actorUserId: params.user,
        action: params.action,
        from: params.from ? startOfDay(params.from, timeZone) : undefined,
        to: params.to ? endOfDay(params.to, timeZone) : undefined,
        page: params.page,
        pageSize: PAGE_SIZE,
      }),
    ),
    loadOr404(getAuditFilterOptions(actor, params.person)),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <form action="/admin/audit" className="mb-4 grid gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-xs sm:grid-cols-2 lg:grid-cols-6" role="search" aria-label={t('audit.filters')}>
        {params.person ? <input type="hidden" name="person" value={params.person} /> : null}
        <div className="lg:col-span-2">
          <label htmlFor="audit-person" className="mb-1 block text-sm font-medium text-stone-800">{t('audit.person')}</label>
          <Input id="audit-person" name="personName" type="search" defaultValue={params.personName} placeholder={t('audit.personPlaceholder')} />
        </div>
        <div>
          <label htmlFor="audit-user" className="mb-1 block text-sm font-medium text-stone-800">{t('audit.user')}</label>
          <Select id="audit-user" name="user" defaultValue={params.user ?? ''}>
            <option value="">{t('audit.anyone')}</option>
            {options.users.map((u) => (
              <option key={u.id} value={u.id}>{u.name ? `${u.name} (${u.account})` : u.account}</option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="audit-action" className="mb-1 block text-sm font-medium text-stone-800">{t('audit.action')}</label>
          <Select id="audit-action" name="action" defaultValue={params.action ?? ''}>
            <option value="">{t('audit.anyAction')}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>{t(`audit.actions.${a}`)}</option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="audit-from" className="mb-1 block text-sm font-medium text-stone-800">{t('audit.from')}</label>
          <Input id="audit-from" name="from" type="date" defaultValue={params.from} />
        </div>
        <div>
          <label htmlFor="audit-to" className="mb-1 block text-sm font-medium text-stone-800">{t('audit.to')}</label>
          <Input id="audit-to" name="to" type="date" defaultValue={params.to} />
        </div>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-6">
          <Button type="submit">{t('audit.apply')}</Button>
          <Link href="/admin/audit" className="text-sm text-stone-600 hover:underline">{t('audit.clear')}</Link>
          {params.person ? (
            <span className="inline-flex items-center gap-2 rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-900 ring-1 ring-brand-200">
              {t('audit.onlyPerson', { name: options.person ? displayName(options.person) : '—' })}
              <Link href={hrefWith(params, { person: undefined })} aria-label={t('audit.removePerson')} className="font-semibold">×</Link>
            </span>
          ) : null}
          <span className="ml-auto text-sm text-stone-600">{t('audit.count', { count: total })}</span>
        </div>
      </form>
      <AuditTable rows={rows} personHref={(id) => hrefWith(params, { person: id, personName: undefined })} format={format} />
      {pages > 1 ? (
        <nav aria-label={t('audit.pagination')} className="mt-4 flex items-center justify-between text-sm">
          {params.page > 1 ? (
            <Link className={buttonClass('secondary', 'sm')} href={hrefWith(params, { page: params.page - 1 })}>{t('people.previous')}</Link>
          ) : <span />}
          <span className="text-stone-600">{t('people.pageOf', { page: params.page, pages })}</span>
          {params.page < pages ? (
            <Link className={buttonClass('secondary', 'sm')} href={hrefWith(params, { page: params.page + 1 })}>{t('people.next')}</Link>
          ) : <span />}
        </nav>
      ) : null}
    </>
  );
}
