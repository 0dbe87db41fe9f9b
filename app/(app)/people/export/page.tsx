import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SelectField } from '@/components/forms/select-field';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { listCircles } from '@/lib/data/circles/read';
import { requirePage } from '@/lib/entry/page';
import { ZPeopleListParams } from '@/lib/validation/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('exports'))('title') };
}


/** Plain GET forms: the downloads are route handlers, so they work without JavaScript. */
export default async function ExportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const actor = await requirePage('people.export');
  const { q } = ZPeopleListParams.parse(await searchParams);
  const [t, circles] = await Promise.all([getTranslations('exports'), listCircles(actor)]);
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t('csvTitle')}>
          <form action="/people/export/csv" method="get" className="space-y-4">
            <p className="text-sm text-stone-600">{t('csvHelp')}</p>
            <div>
              <label htmlFor="export-q" className="mb-1 block text-sm font-medium text-stone-800">
                {t('search')}
              </label>
              <Input id="export-q" name="q" type="search" defaultValue={q} placeholder={t('searchPlaceholder')} />
            </div>
            <Button type="submit">
              {t('csvDownload')}
            </Button>
          </form>
        </Card>
        <Card title={t('vcardTitle')}>
          <form action="/people/export/vcard" method="get" className="space-y-4">
            <p className="text-sm text-stone-600">{t('vcardHelp')}</p>
            <SelectField label={t('circle')} name="circle" options={circles.map((c) => ({ value: c.id, label: c.name }))} />
            <SelectField
              label={t('version')}
              name="version"
              options={[
                { value: '3.0', label: t('v3') },
                { value: '4.0', label: t('v4') },
              ]}
            />
            <Button type="submit">
              {t('vcardDownload')}
            </Button>
          </form>
        </Card>
      </div>
    </>
  );
}
