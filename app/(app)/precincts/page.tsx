import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { SimpleTable } from '@/components/ui/simple-table';
import { listPrecincts, type TPrecinctRow } from '@/lib/data/precincts';
import { loadOr404, requireArea } from '@/lib/page-helpers';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('precincts'))('title') };
}

export default async function PrecinctsPage() {
  const actor = await requireArea('precincts');
  const [t, precincts] = await Promise.all([getTranslations('precincts'), loadOr404(listPrecincts(actor))]);
  return (
    <>
      <PageHeader title={t('title')} />
      <SimpleTable<TPrecinctRow>
        caption={t('title')}
        rows={precincts}
        rowKey={(p) => p.id}
        empty="—"
        columns={[
          { key: 'ward', header: t('ward'), cell: (p) => p.ward, className: 'tabular-nums' },
          { key: 'precinct', header: t('precinct'), cell: (p) => (p.name ? `${p.number} · ${p.name}` : p.number), className: 'tabular-nums' },
          { key: 'residents', header: t('residents'), cell: (p) => p.residents, className: 'text-right tabular-nums' },
          { key: 'members', header: t('members'), cell: (p) => p.members, className: 'text-right tabular-nums' },
        ]}
      />
    </>
  );
}
