import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { formatDate } from '@/lib/format/dates';
import { listResultSets } from '@/lib/data/ward/election-results';
import { requirePage } from '@/lib/entry/page';
import { ImportForm } from '../_components/import-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('electionImport'))('title') };
}

/** Leadership imports a CSV of results per precinct, to read beside the organization's own strength. */
export default async function ImportResultsPage() {
  const actor = await requirePage('precincts.importResults');
  const [t, format, sets] = await Promise.all([getTranslations('electionImport'), getFormatter(), listResultSets(actor)]);
  return (
    <>
      <BackLink href="/precincts" label={t('back')} />
      <PageHeader title={t('title')} subtitle={t('intro')} />
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <ImportForm />
        <Card title={t('imported')}>
          {sets.length === 0 ? <p className="text-sm text-stone-600">{t('none')}</p> : (
            <ul className="divide-y divide-stone-100 text-sm">
              {sets.map((s) => (
                <li key={s.id} className="py-2">
                  <Link href={`/precincts?results=${s.id}`} className="font-medium text-brand-800 hover:underline">{s.name}</Link>
                  <span className="block text-stone-500">{t('setLine', { rows: s._count.results, columns: s.voteColumns.join(', ') || '—', date: formatDate(format, s.importedAt) })}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
