import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { getCircleForEdit } from '@/lib/data/circles-write';
import { loadOr404, requireArea } from '@/lib/page-helpers';
import { ZCircleId } from '@/lib/validation/circle';
import { CircleForm } from '../../_components/circle-form';

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('circle'))('edit') };
}

export default async function EditCirclePage({ params }: TProps) {
  const actor = await requireArea('circles');
  const id = ZCircleId.safeParse((await params).id);
  if (!id.success) notFound();
  // Leadership only: anyone else gets the 404 page, as for a circle that does not exist.
  const [circle, t] = await Promise.all([loadOr404(getCircleForEdit(actor, id.data)), getTranslations()]);
  return (
    <>
      <Link href={`/circles/${circle.id}`} className="mb-2 inline-block text-sm text-brand-800 hover:underline">
        ← {circle.name}
      </Link>
      <PageHeader title={t('circle.form.editTitle', { name: circle.name })} />
      <CircleForm circle={circle} />
    </>
  );
}
