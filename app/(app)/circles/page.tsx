import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { FilterChips } from '@/components/ui/filter-chips';
import { PageHeader } from '@/components/ui/page-header';
import { SimpleTable, type TColumn } from '@/components/ui/simple-table';
import { can } from '@/lib/access/capabilities';
import { listCircles, type TCircleRow } from '@/lib/data/circles/read';
import { CircleKind } from '@/lib/generated/prisma/enums';
import { requirePage } from '@/lib/entry/page';
import { ZCircleListParams } from '@/lib/validation/circle';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('circles'))('title') };
}

type TProps = { searchParams: Promise<Record<string, string | string[]>> };

export default async function CirclesPage({ searchParams }: TProps) {
  const actor = await requirePage('area.circles');
  const { kind } = ZCircleListParams.parse(await searchParams);
  const [t, all] = await Promise.all([getTranslations(), listCircles(actor)]);
  // The few circles in reach are filtered here; the chips offer only the kinds there are.
  const circles = kind ? all.filter((c) => c.kind === kind) : all;
  const kinds = Object.values(CircleKind).filter((k) => k === kind || all.some((c) => c.kind === k));
  // Members see the circles they belong to by name and their own role only.
  const isMember = !can(actor, 'circles.seeMembers');

  const columns: TColumn<TCircleRow>[] = [
    {
      key: 'name',
      header: t('circles.name'),
      cell: (c) => (
        <Link href={`/circles/${c.id}`} className="font-medium text-brand-800 hover:underline">
          {c.name}
        </Link>
      ),
    },
    { key: 'kind', header: t('circles.kind'), cell: (c) => <Badge tone="brand">{t(`circleKind.${c.kind}`)}</Badge> },
    ...(isMember
      ? [{ key: 'role', header: t('circles.myRole'), cell: (c: TCircleRow) => (c.myRole ? t(`circleRole.${c.myRole}`) : '—') }]
      : [
          { key: 'leaders', header: t('circles.leaders'), cell: (c: TCircleRow) => c.leaderCount, className: 'text-right tabular-nums', hideOnPhone: true },
          { key: 'members', header: t('circles.members'), cell: (c: TCircleRow) => c.memberCount, className: 'text-right tabular-nums' },
        ]),
  ];
  return (
    <>
      <PageHeader
        title={t('circles.title')}
        subtitle={t('circles.count', { count: circles.length })}
        actions={
          can(actor, 'circles.create') ? (
            <Link href="/circles/new" className={buttonClass('primary', 'md')}>
              {t('circles.new')}
            </Link>
          ) : null
        }
      />
      {kinds.length > 1 || kind ? (
        <FilterChips
          label={t('circles.filterByKind')}
          chips={[
            { label: t('circles.allKinds'), href: '/circles', active: !kind },
            ...kinds.map((k) => ({ label: t(`circleKind.${k}`), href: `/circles?kind=${k}`, active: k === kind })),
          ]}
        />
      ) : null}
      <SimpleTable
        caption={t('circles.title')}
        rows={circles}
        rowKey={(c) => c.id}
        empty={kind ? t('circles.emptyKind') : t('circles.empty')}
        columns={columns}
      />
    </>
  );
}
