import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { requirePage } from '@/lib/entry/page';
import { CircleForm } from '../_components/circle-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('circle'))('form.newTitle') };
}

export default async function NewCirclePage() {
  // The data layer refuses anyone else too; this only spares them a form they cannot use.
  await requirePage('circles.create');
  const t = await getTranslations();
  return (
    <>
      <BackLink href="/circles" label={t('circle.back')} />
      <PageHeader title={t('circle.form.newTitle')} />
      <CircleForm />
    </>
  );
}
