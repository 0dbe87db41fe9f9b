import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { SimpleTable } from '@/components/ui/simple-table';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import { listTrash } from '@/lib/data/people/trash-list';
import { displayName } from '@/lib/format/person-name';
import { requirePage } from '@/lib/entry/page';
import { PurgeButton, RestoreButton } from './_components/trash-buttons';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('trash'))('title') };
}

export default async function TrashPage() {
  const actor = await requirePage('people.trash');
  const [t, format, trash] = await Promise.all([getTranslations('trash'), getFormatter(), listTrash(actor)]);
  const purgeText = (p: (typeof trash.people)[number]) =>
    p.purgeDue ? t('purgeSoon') : t('purgeOn', { date: formatDate(format, p.purgeAt) });
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={
          <>
            {t('subtitle', { days: trash.retentionDays })}{' '}
            <Link href="/admin/settings" className="font-medium text-brand-800 hover:underline">
              {t('changeRetention')}
            </Link>
          </>
        }
      />
      <SimpleTable
        caption={t('title')}
        rows={trash.people}
        rowKey={(p) => p.id}
        empty={t('empty')}
        columns={[
          {
            key: 'name',
            header: t('name'),
            cell: (p) => (
              <>
                <span className="font-medium">{displayName(p)}</span>
                {/* On a phone the purge date goes under the name; from tablet width up it has its own column. */}
                <span className="mt-0.5 block text-xs text-stone-600 sm:hidden">{purgeText(p)}</span>
              </>
            ),
          },
          {
            key: 'deleted',
            header: t('deletedAt'),
            cell: (p) => (p.deletedAt ? formatDateTime(format, p.deletedAt) : ''),
            hideOnPhone: true,
            className: 'whitespace-nowrap',
          },
          {
            key: 'purge',
            header: t('purgeAt'),
            cell: purgeText,
            hideOnPhone: true,
          },
          {
            key: 'actions',
            header: '',
            cell: (p) => (
              <div className="flex flex-wrap items-start justify-end gap-2">
                <RestoreButton id={p.id} />
                <PurgeButton id={p.id} name={displayName(p)} />
              </div>
            ),
            className: 'text-right',
          },
        ]}
      />
    </>
  );
}
