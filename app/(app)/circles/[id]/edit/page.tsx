import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getCircleForEdit } from '@/lib/data/circles/read';
import { loadOr404, requireRecordPage } from '@/lib/entry/page';
import { CircleForm } from '../../_components/circle-form';

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('circle'))('edit') };
}

export default async function EditCirclePage({ params }: TProps) {
  const { actor, id } = await requireRecordPage('circles.edit', (await params).id);
  // Leadership only: anyone else gets the 404 page, as for a circle that does not exist.
  const [circle, t] = await Promise.all([loadOr404(getCircleForEdit(actor, id)), getTranslations()]);
  return (
    <>
      <BackLink href={`/circles/${circle.id}`} label={circle.name} />
      <PageHeader title={t('circle.form.editTitle', { name: circle.name })} />
      <CircleForm circle={circle} />
    </>
  );
}
