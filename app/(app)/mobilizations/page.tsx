import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FunnelBar } from '@/components/charts/funnel-bars';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/access/capabilities';
import { listMobilizations } from '@/lib/data/mobilizations/mobilizations';
import { requirePage } from '@/lib/entry/page';
import { ZMobilizationsParams } from '@/lib/validation/mobilization';
import { funnelLabels } from './_components/labels';
import { WhenWhere } from './_components/when-where';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('mobilizations'))('title') };
}

export default async function MobilizationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const actor = await requirePage('area.mobilizations');
  // Members see only the mobilizations they are asked to.
  const onlyAsked = !can(actor, 'mobilizations.organize');
  const { when } = ZMobilizationsParams.parse(await searchParams);
  const [t, format, rows, labels] = await Promise.all([getTranslations(), getFormatter(), listMobilizations(actor, { when }), funnelLabels()]);
  const tab = (w: 'upcoming' | 'past') => (
    <Link href={w === 'past' ? '/mobilizations?when=past' : '/mobilizations'} aria-current={when === w ? 'page' : undefined}
      className={`rounded-full px-3 py-1.5 text-sm font-medium ${when === w ? 'bg-brand-700 text-white' : 'bg-white text-stone-700 ring-1 ring-stone-200 hover:bg-stone-100'}`}>
      {t(`mobilizations.${w}`)}
    </Link>
  );
  return (
    <>
      <PageHeader
        title={t('mobilizations.title')}
        subtitle={onlyAsked ? t('mobilizations.memberIntro') : undefined}
        actions={can(actor, 'mobilizations.plan') ? <Link href="/mobilizations/new" className={buttonClass()}>{t('mobilizations.new')}</Link> : null}
      />
      <nav aria-label={t('mobilizations.when')} className="mb-4 flex gap-2">{tab('upcoming')}{tab('past')}</nav>
      {rows.length === 0 ? (
        <Card><p className="text-stone-600">{t(onlyAsked ? 'mobilizations.emptyMember' : 'mobilizations.empty')}</p></Card>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {rows.map((m) => (
            <li key={m.id}>
              <Link href={`/mobilizations/${m.id}`} className="block h-full rounded-xl border border-stone-200 bg-white p-4 shadow-xs hover:border-brand-200 hover:bg-brand-50/30">
                <span className="flex items-start justify-between gap-2">
                  <span className="text-lg font-semibold text-stone-900">{m.name}</span>
                  {m.myStatus ? <Badge tone={m.myStatus === 'ASKED' ? 'warm' : 'brand'}>{t(`commitmentStatus.${m.myStatus}`)}</Badge> : null}
                </span>
                <span className="mt-1 block text-sm text-stone-600"><WhenWhere m={m} /></span>
                {m.funnel ? (
                  <div className="mt-3">
                    <FunnelBar label={t(`mobilizations.unit.${m.goalUnit}`, { count: m.goal })} target={m.goal} funnel={m.funnel} labels={labels} format={(n) => format.number(n)} />
                  </div>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
