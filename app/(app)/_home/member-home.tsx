import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import type { TActor } from '@/lib/access/actor';
import { getHomeSummary } from '@/lib/data/ward/dashboard';
import { listMobilizations } from '@/lib/data/mobilizations/mobilizations';
import { WhenWhere } from '../mobilizations/_components/when-where';

/** A member's home: the mobilizations they are asked to, with a way to answer, and their people. */
export async function MemberHome({ actor }: { actor: TActor }) {
  const [t, format, asked, summary] = await Promise.all([getTranslations(), getFormatter(), listMobilizations(actor, { when: 'upcoming' }), getHomeSummary(actor)]);
  return (
    <>
      <PageHeader title={t('home.greeting')} />
      <Card title={t('dashboard.askedTo')} className="mb-4">
        {asked.length === 0 ? <p className="text-stone-600">{t('mobilizations.emptyMember')}</p> : (
          <ul className="space-y-3">
            {asked.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-200 p-3">
                <div className="min-w-0">
                  <p className="font-semibold text-stone-900">{m.name}</p>
                  <p className="text-sm text-stone-600"><WhenWhere m={m} /></p>
                  {m.myStatus ? <p className="mt-1"><Badge tone={m.myStatus === 'ASKED' ? 'warm' : 'brand'}>{t(`commitmentStatus.${m.myStatus}`)}</Badge></p> : null}
                </div>
                <Link href={`/mobilizations/${m.id}`} className="rounded-lg bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800">
                  {m.myStatus === 'ASKED' ? t('dashboard.answer') : t('dashboard.change')}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {[{ label: t('home.people'), value: summary.people, href: '/people' }, { label: t('home.circles'), value: summary.circles, href: '/circles' }].map((s) => (
          <li key={s.label}>
            <Link href={s.href} className="block rounded-xl border border-stone-200 bg-white p-4 shadow-xs hover:border-brand-200">
              <span className="block text-3xl font-semibold text-brand-800 tabular-nums">{format.number(s.value)}</span>
              <span className="mt-1 block text-sm text-stone-600">{s.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
