import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { SimpleTable, type TColumn } from '@/components/ui/simple-table';
import { listCircles, type TCircleRow } from '@/lib/data/circles';
import { requireArea } from '@/lib/page-helpers';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('circles'))('title') };
}

export default async function CirclesPage() {
  const actor = await requireArea('circles');
  const [t, circles] = await Promise.all([getTranslations(), listCircles(actor)]);
  const columns: TColumn<TCircleRow>[] = [
    { key: 'name', header: t('circles.title'), cell: (c) => <span className="font-medium">{c.name}</span> },
    { key: 'kind', header: t('circles.kind'), cell: (c) => <Badge tone="brand">{t(`circleKind.${c.kind}`)}</Badge> },
    actor.role === 'MEMBER'
      ? { key: 'role', header: t('circles.myRole'), cell: (c) => (c.myRole ? t(`circleRole.${c.myRole}`) : '—') }
      : { key: 'members', header: t('circles.members'), cell: (c) => c.memberCount, className: 'text-right tabular-nums' },
  ];
  return (
    <>
      <PageHeader title={t('circles.title')} />
      <SimpleTable caption={t('circles.title')} rows={circles} rowKey={(c) => c.id} empty={t('circles.empty')} columns={columns} />
    </>
  );
}
