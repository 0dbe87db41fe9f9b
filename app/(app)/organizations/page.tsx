import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { FilterChips } from '@/components/ui/filter-chips';
import { PageHeader } from '@/components/ui/page-header';
import { SimpleTable } from '@/components/ui/simple-table';
import { can } from '@/lib/access/capabilities';
import { listOrganizations, STALE_AFTER_DAYS, type TOrganizationRow } from '@/lib/data/organizations/read';
import { Closeness, OrganizationKind } from '@/lib/generated/prisma/enums';
import { requirePage } from '@/lib/entry/page';
import { ZOrganizationListParams, type TOrganizationListParams } from '@/lib/validation/organization';
import { CLOSENESS_TONE } from './_components/closeness-tone';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('organizations'))('title') };
}

type TProps = { searchParams: Promise<Record<string, string | string[]>> };

const hrefFor = (params: TOrganizationListParams) => {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => Boolean(v)) as [string, string][]).toString();
  return query ? `/organizations?${query}` : '/organizations';
};

export default async function OrganizationsPage({ searchParams }: TProps) {
  const actor = await requirePage('area.organizations');
  const filter = ZOrganizationListParams.parse(await searchParams);
  const [t, format, all] = await Promise.all([getTranslations(), getFormatter(), listOrganizations(actor)]);
  // The few organizations in reach are filtered here; the chips offer only the values there are.
  const orgs = all.filter((o) => (!filter.kind || o.kind === filter.kind) && (!filter.closeness || o.closeness === filter.closeness));
  const closenesses = Object.values(Closeness).filter((c) => c === filter.closeness || all.some((o) => o.closeness === c));
  const kinds = Object.values(OrganizationKind).filter((k) => k === filter.kind || all.some((o) => o.kind === k));
  const stale = orgs.filter((o) => o.stale).length;

  return (
    <>
      <PageHeader
        title={t('organizations.title')}
        subtitle={
          <>
            {t('organizations.count', { count: orgs.length })}
            {stale > 0 ? ` · ${t('organizations.staleCount', { count: stale, days: STALE_AFTER_DAYS })}` : null}
          </>
        }
        actions={
          can(actor, 'organizations.create') ? (
            <Link href="/organizations/new" className={buttonClass('primary', 'md')}>
              {t('organizations.new')}
            </Link>
          ) : null
        }
      />
      {closenesses.length > 1 || filter.closeness ? (
        <FilterChips
          label={t('organizations.filterByCloseness')}
          chips={[
            { label: t('organizations.allCloseness'), href: hrefFor({ ...filter, closeness: undefined }), active: !filter.closeness },
            ...closenesses.map((c) => ({ label: t(`closeness.${c}`), href: hrefFor({ ...filter, closeness: c }), active: c === filter.closeness })),
          ]}
        />
      ) : null}
      {kinds.length > 1 || filter.kind ? (
        <FilterChips
          label={t('organizations.filterByKind')}
          chips={[
            { label: t('organizations.allKinds'), href: hrefFor({ ...filter, kind: undefined }), active: !filter.kind },
            ...kinds.map((k) => ({ label: t(`orgKind.${k}`), href: hrefFor({ ...filter, kind: k }), active: k === filter.kind })),
          ]}
        />
      ) : null}
      <SimpleTable<TOrganizationRow>
        caption={t('organizations.title')}
        rows={orgs}
        rowKey={(o) => o.id}
        empty={filter.kind || filter.closeness ? t('organizations.emptyFiltered') : t('organizations.empty')}
        columns={[
          {
            key: 'name',
            header: t('organizations.name'),
            cell: (o) => (
              <Link href={`/organizations/${o.id}`} className="font-medium text-brand-800 hover:underline">
                {o.name}
              </Link>
            ),
          },
          { key: 'kind', header: t('organizations.kind'), cell: (o) => t(`orgKind.${o.kind}`), hideOnPhone: true },
          {
            key: 'closeness',
            header: t('organizations.closeness'),
            cell: (o) => (
              <span className="whitespace-nowrap">
                <Badge tone={CLOSENESS_TONE[o.closeness]}>{t(`closeness.${o.closeness}`)}</Badge>
              </span>
            ),
          },
          { key: 'owner', header: t('organizations.owner'), cell: (o) => o.owner ?? '—', hideOnPhone: true },
          {
            key: 'people',
            header: t('organizations.affiliated'),
            cell: (o) => (
              <span className="tabular-nums">
                {format.number(o.affiliated)}
                {o.pointPeople > 0 ? <span className="text-stone-500"> · {t('organizations.pointCount', { count: o.pointPeople })}</span> : null}
              </span>
            ),
            hideOnPhone: true,
          },
          {
            key: 'last',
            header: t('organizations.lastContact'),
            cell: (o) => (
              <span className="flex flex-wrap items-center gap-1.5">
                <span>{o.lastContactAt ? format.relativeTime(o.lastContactAt) : t('organizations.never')}</span>
                {o.stale ? (
                  <span className="whitespace-nowrap">
                    <Badge tone="danger">{t('organizations.stale')}</Badge>
                  </span>
                ) : null}
              </span>
            ),
          },
        ]}
      />
    </>
  );
}
