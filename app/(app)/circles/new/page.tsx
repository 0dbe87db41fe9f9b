import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { requireArea } from '@/lib/page-helpers';
import { CircleForm } from '../_components/circle-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('circle'))('form.newTitle') };
}

export default async function NewCirclePage() {
  const actor = await requireArea('circles');
  // The data layer refuses anyone else too; this only spares them a form they cannot use.
  if (actor.role !== 'ADMIN') notFound();
  const t = await getTranslations();
  return (
    <>
      <Link href="/circles" className="mb-2 inline-block text-sm text-brand-800 hover:underline">
        ← {t('circle.back')}
      </Link>
      <PageHeader title={t('circle.form.newTitle')} />
      <CircleForm />
    </>
  );
}
