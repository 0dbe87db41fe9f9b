import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { listQuotaSources } from '@/lib/data/mobilizations/quotas';
import { requirePage } from '@/lib/entry/page';
import { MobilizationForm } from '../_components/mobilization-form';
import { createMobilizationAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('mobilizationForm'))('newTitle') };
}

export default async function NewMobilizationPage() {
  const actor = await requirePage('mobilizations.plan');
  const [t, sources] = await Promise.all([getTranslations('mobilizationForm'), listQuotaSources(actor)]);
  return (
    <>
      <PageHeader title={t('newTitle')} />
      <MobilizationForm
        action={createMobilizationAction}
        initial={{ name: '', kind: 'RALLY', startsAt: '', place: '', description: '', goal: '', goalUnit: 'PEOPLE', quotas: [] }}
        sources={sources}
        cancelHref="/mobilizations"
        submitLabel={t('create')}
      />
    </>
  );
}
