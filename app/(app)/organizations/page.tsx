import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { SimpleTable } from '@/components/ui/simple-table';
import { listOrganizations, type TOrganizationRow } from '@/lib/data/organizations';
import { requireArea } from '@/lib/page-helpers';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('organizations'))('title') };
}

const CLOSENESS_TONE = { CORE_ALLY: 'brand', ALLY: 'brand', OCCASIONAL: 'warm', DISTANT: 'neutral' } as const;

export default async function OrganizationsPage() {
  const actor = await requireArea('organizations');
  const [t, format, orgs] = await Promise.all([getTranslations(), getFormatter(), listOrganizations(actor)]);
  return (
    <>
      <PageHeader title={t('organizations.title')} />
      <SimpleTable<TOrganizationRow>
        caption={t('organizations.title')}
        rows={orgs}
        rowKey={(o) => o.id}
        empty={t('organizations.empty')}
        columns={[
          { key: 'name', header: t('organizations.title'), cell: (o) => <span className="font-medium">{o.name}</span> },
          { key: 'kind', header: t('organizations.kind'), cell: (o) => t(`orgKind.${o.kind}`), hideOnPhone: true },
          {
            key: 'closeness',
            header: t('organizations.closeness'),
            cell: (o) => <Badge tone={CLOSENESS_TONE[o.closeness]}>{t(`closeness.${o.closeness}`)}</Badge>,
          },
          { key: 'owner', header: t('organizations.owner'), cell: (o) => o.owner ?? '—', hideOnPhone: true },
          { key: 'people', header: t('organizations.affiliated'), cell: (o) => o.affiliated, className: 'text-right tabular-nums', hideOnPhone: true },
          {
            key: 'last',
            header: t('organizations.lastContact'),
            cell: (o) => (o.lastContactAt ? format.relativeTime(o.lastContactAt) : t('organizations.never')),
          },
        ]}
      />
    </>
  );
}
