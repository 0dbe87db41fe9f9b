import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { SimpleTable } from '@/components/ui/simple-table';
import { listTrash } from '@/lib/data/people-write';
import { displayName } from '@/lib/format/person-name';
import { requireArea } from '@/lib/page-helpers';
import { RestoreButton } from './_components/trash-buttons';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('trash'))('title') };
}

export default async function TrashPage() {
  const actor = await requireArea('people');
  if (actor.role !== 'ADMIN') notFound();
  const [t, format, people] = await Promise.all([getTranslations('trash'), getFormatter(), listTrash(actor)]);
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <SimpleTable
        caption={t('title')}
        rows={people}
        rowKey={(p) => p.id}
        empty={t('empty')}
        columns={[
          { key: 'name', header: t('name'), cell: (p) => displayName(p) },
          { key: 'deleted', header: t('deletedAt'), cell: (p) => (p.deletedAt ? format.dateTime(p.deletedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '') },
          { key: 'restore', header: '', cell: (p) => <RestoreButton id={p.id} />, className: 'text-right' },
        ]}
      />
    </>
  );
}
