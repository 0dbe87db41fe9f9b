import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireArea } from '@/lib/page-helpers';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('mobilizations'))('title') };
}

// Mobilizations, quotas and commitments arrive with their own issue; until then the page says so.
export default async function MobilizationsPage() {
  await requireArea('mobilizations');
  const t = await getTranslations('mobilizations');
  return (
    <>
      <PageHeader title={t('title')} />
      <Card>
        <p className="text-stone-600">{t('empty')}</p>
      </Card>
    </>
  );
}
