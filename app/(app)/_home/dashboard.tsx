import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FunnelBar } from '@/components/charts/funnel-bars';
import { LadderChart } from '@/components/charts/ladder-chart';
import { MembershipChart } from '@/components/charts/membership-chart';
import { NumberTable } from '@/components/charts/number-table';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import type { TActor } from '@/lib/access/actor';
import { can } from '@/lib/access/capabilities';
import { formatDay } from '@/lib/format/dates';
import { getDashboard, getHomeSummary, MOVES_DAYS, QUIET_DAYS } from '@/lib/data/ward/dashboard';
import { listSavedViews } from '@/lib/data/people/saved-views';
import { displayName } from '@/lib/format/person-name';
import { funnelLabels } from '../mobilizations/_components/labels';
import { WhenWhere } from '../mobilizations/_components/when-where';

/** The dashboard of leadership and coordinators: growth, the ladder, what is coming, who has gone quiet. */
export async function Dashboard({ actor }: { actor: TActor }) {
  const [t, format, d, summary, labels, views] = await Promise.all([
    getTranslations(), getFormatter(), getDashboard(actor), getHomeSummary(actor), funnelLabels(), listSavedViews(actor),
  ]);
  const monthLabel = (m: string) => format.dateTime(new Date(`${m}-15T12:00:00Z`), { month: 'short', year: '2-digit' });
  const series = d.growth.series.map((s) => ({ ...s, label: monthLabel(s.month) }));
  const latest = series.at(-1)?.members ?? 0;
  const ladder = d.ladder.map((l) => ({ ...l, stage: t(`stage.${l.stage}`) }));
  const moves = d.ladder.reduce((s, l) => s + l.movedUp, 0);
  const n = (v: number) => format.number(v);
  const stats = [
    { label: t('home.people'), value: summary.people, href: '/people' },
    { label: t('home.members'), value: summary.members, href: '/people' },
    { label: t('home.circles'), value: summary.circles, href: '/circles' },
    { label: t('home.organizations'), value: summary.organizations, href: '/organizations' },
  ];
  return (
    <>
      <PageHeader title={t('home.greeting')} subtitle={can(actor, 'scope.all') ? undefined : t('home.scopeNote')} />
      <ul className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {stats.map((s) => (
          <li key={s.label}>
            <Link href={s.href} className="block rounded-xl border border-stone-200 bg-white p-4 shadow-xs hover:border-brand-200 hover:bg-brand-50/40">
              <span className="block text-3xl font-semibold text-brand-800 tabular-nums">{n(s.value)}</span>
              <span className="mt-1 block text-sm text-stone-600">{s.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <Card title={t('savedViews.title')} className="mb-4">
        {views.length === 0 ? <p className="text-sm text-stone-600">{t('savedViews.homeEmpty')}</p> : (
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="saved-views">
            {views.map((v) => (
              <li key={v.id}>
                <Link href={v.href} className="flex items-baseline justify-between gap-3 rounded-lg border border-stone-200 px-3 py-2 hover:border-brand-200 hover:bg-brand-50/40">
                  <span className="min-w-0">
                    <span className="block truncate font-medium text-brand-800">{v.name}</span>
                    {v.mine ? null : <span className="block text-xs text-stone-600">{t('savedViews.by', { name: v.owner })}</span>}
                  </span>
                  <span className="shrink-0 text-sm text-stone-700 tabular-nums">
                    {v.capped ? t('savedViews.countCapped', { count: v.count }) : t('savedViews.count', { count: v.count })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t('dashboard.membership')}>
          <p className="mb-2 text-stone-700" data-testid="growth">
            {t.rich('dashboard.membersNow', { count: latest, n: n(latest), b: (c) => <strong className="text-2xl text-brand-800 tabular-nums">{c}</strong> })}{' '}
            {d.growth.factor !== null
              ? t.rich('dashboard.factor', { factor: format.number(d.growth.factor, { maximumFractionDigits: 1 }), b: (c) => <strong className="text-crust-700">{c}</strong> })
              : t('dashboard.noFactor')}
          </p>
          <MembershipChart data={series} label={t('dashboard.members')} />
          <NumberTable caption={t('dashboard.membership')} toggle={t('dashboard.showNumbers')} columns={[t('dashboard.month'), t('dashboard.members')]} rows={series.map((s) => [s.label, n(s.members)])} />
          <p className="mt-1 text-xs text-stone-500">{t('dashboard.membershipExplain')} {t('dashboard.asOf', { time: format.dateTime(d.computedAt, { hour: 'numeric', minute: '2-digit' }) })}</p>
        </Card>
        <Card title={t('dashboard.ladder')}>
          <p className="mb-2 text-stone-700">{t('dashboard.movesUp', { count: moves, days: MOVES_DAYS })}</p>
          <LadderChart data={ladder} labels={{ people: t('dashboard.people'), movedUp: t('dashboard.movedUp', { days: MOVES_DAYS }) }} />
          <NumberTable caption={t('dashboard.ladder')} toggle={t('dashboard.showNumbers')} columns={[t('dashboard.stage'), t('dashboard.people'), t('dashboard.movedUp', { days: MOVES_DAYS })]} rows={ladder.map((l) => [l.stage, n(l.people), n(l.movedUp)])} />
        </Card>
        <Card title={t('dashboard.upcoming')}>
          {d.upcoming.length === 0 ? <p className="text-stone-600">{t('mobilizations.empty')}</p> : (
            <ul className="space-y-4">
              {d.upcoming.map((m) => (
                <li key={m.id}>
                  <Link href={`/mobilizations/${m.id}`} className="font-semibold text-brand-800 hover:underline">{m.name}</Link>
                  <p className="mb-1 text-xs text-stone-600"><WhenWhere m={m} /></p>
                  {m.funnel ? <FunnelBar label={t(`mobilizations.unit.${m.goalUnit}`, { count: m.goal })} target={m.goal} funnel={m.funnel} labels={labels} format={n} /> : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <div className="space-y-4">
          <Card title={t('dashboard.quiet', { days: QUIET_DAYS })}>
            {d.quiet.length === 0 ? <p className="text-stone-600">{t('dashboard.noneQuiet')}</p> : (
              <ul className="divide-y divide-stone-100 text-sm">
                {d.quiet.map((o) => (
                  <li key={o.id} className="flex items-center justify-between gap-2 py-1.5">
                    <span className="font-medium text-stone-800">{o.name} <span className="font-normal text-stone-500">· {t(`closeness.${o.closeness}`)}</span></span>
                    <span className="shrink-0 text-stone-600">{o.lastContactAt ? format.relativeTime(o.lastContactAt) : t('dashboard.never')}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t('dashboard.followUps', { count: d.followUps.total })}>
            {d.followUps.rows.length === 0 ? <p className="text-stone-600">{t('dashboard.noFollowUps')}</p> : (
              <ul className="divide-y divide-stone-100 text-sm">
                {d.followUps.rows.map((f) => (
                  <li key={f.id} className="py-1.5">
                    <span className="flex justify-between gap-2">
                      <span className="font-medium text-stone-800">{f.summary}</span>
                      <span className="shrink-0 text-crust-700">{f.followUpOn ? formatDay(format, f.followUpOn) : ''}</span>
                    </span>
                    <span className="text-stone-600">
                      {[...f.people.map((p) => displayName(p)), f.organization?.name].filter(Boolean).join(', ')}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
