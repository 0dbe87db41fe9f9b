import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { listMyCircles } from '@/lib/data/people/my-people';
import { requirePage } from '@/lib/entry/page';
import { MyPersonForm } from '../_components/my-person-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('myPeople'))('addSomeone') };
}

export default async function AddMyPersonPage() {
  const actor = await requirePage('area.me');
  const [t, circles] = await Promise.all([getTranslations('myPeople'), listMyCircles(actor)]);
  return (
    <div className="mx-auto max-w-2xl">
      <BackLink href="/me/people" label={t('title')} big />
      <PageHeader title={t('addSomeone')} subtitle={t('addIntro')} />
      <MyPersonForm mode="add" circles={circles} />
    </div>
  );
}
