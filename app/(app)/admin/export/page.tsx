import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireArea } from '@/lib/page-helpers';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.export'))('title') };
}

export default async function ExportPage() {
  await requireArea('admin');
  const t = await getTranslations('admin.export');
  return (
    <div className="max-w-2xl">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Card>
        <p className="text-sm text-stone-700">{t('help')}</p>
        <p className="mt-2 text-sm text-stone-700">{t('audited')}</p>
        {/* A plain link: the browser downloads the file; the route checks who asks. */}
        <a href="/admin/export/people.csv" download className="mt-4 inline-flex rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white shadow-sm hover:bg-brand-800">
          {t('download')}
        </a>
      </Card>
    </div>
  );
}
