import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { SimpleTable } from '@/components/ui/simple-table';
import { formatDateTime } from '@/lib/format/dates';
import { listImports, type TImportListRow } from '@/lib/data/imports/reads';
import { loadOr404, requirePage } from '@/lib/entry/page';
import { StatusBadge } from './_components/status-badge';
import { UploadForm } from './_components/upload-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('imports'))('title') };
}

export default async function ImportsPage() {
  const actor = await requirePage('imports.run');
  const [t, format, imports] = await Promise.all([getTranslations('imports'), getFormatter(), loadOr404(listImports(actor))]);
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/people/export" className={buttonClass('secondary', 'sm')}>
              {t('exportLink')}
            </Link>
            <Link href="/settings/api-tokens" className={buttonClass('secondary', 'sm')}>
              {t('apiTokensLink')}
            </Link>
          </div>
        }
      />
      <Card title={t('upload.title')} className="mb-8">
        <UploadForm />
        <p className="mt-4 border-t border-stone-100 pt-3 text-sm text-stone-600">{t('upload.privacy')}</p>
      </Card>
      <h2 className="mb-3 text-lg font-semibold text-stone-900">{t('history')}</h2>
      <SimpleTable<TImportListRow>
        caption={t('history')}
        rows={imports}
        rowKey={(r) => r.id}
        empty={t('empty')}
        columns={[
          {
            key: 'file',
            header: t('file'),
            cell: (r) => (
              <Link href={`/imports/${r.id}`} className="font-medium break-all text-brand-800 hover:underline">
                {r.fileName}
              </Link>
            ),
          },
          { key: 'status', header: t('result'), cell: (r) => <StatusBadge status={r.status} /> },
          { key: 'when', header: t('when'), cell: (r) => formatDateTime(format, r.createdAt), hideOnPhone: true },
          { key: 'by', header: t('by'), cell: (r) => r.createdBy?.email ?? '—', hideOnPhone: true },
          { key: 'rows', header: t('rows'), cell: (r) => format.number(r.totalRows), className: 'text-right tabular-nums', hideOnPhone: true },
          {
            key: 'result',
            header: '',
            cell: (r) => (r.status === 'DONE' ? t('resultDone', { created: format.number(r.createdCount), updated: format.number(r.updatedCount) }) : ''),
            hideOnPhone: true,
          },
        ]}
      />
    </>
  );
}
