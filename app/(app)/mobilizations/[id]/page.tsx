import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FunnelBar, FunnelLegend } from '@/components/charts/funnel-bars';
import { BackLink } from '@/components/ui/back-link';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/access/capabilities';
import { listCommitments } from '@/lib/data/mobilizations/commitment-lists';
import { getOwnCommitment } from '@/lib/data/mobilizations/commitments';
import { listPromotable } from '@/lib/data/people/ladder-credit';
import { getMobilization } from '@/lib/data/mobilizations/mobilizations';
import { STATUSES } from '@/lib/mobilization/funnel';
import { loadOr404, requireRecordPage } from '@/lib/entry/page';
import { ZMobilizationPeopleParams } from '@/lib/validation/mobilization';
import { CommitmentTable } from '../_components/commitment-table';
import { MemberAnswer } from '../_components/member-answer';
import { PromoteForm } from '../_components/promote-form';
import { TurnoutTable } from '../_components/turnout-table';
import { WhenWhere } from '../_components/when-where';
import { funnelLabels, quotaName } from '../_components/labels';

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> };

async function load(params: TProps['params']) {
  const { actor, id } = await requireRecordPage('area.mobilizations', (await params).id);
  return { actor, m: await loadOr404(getMobilization(actor, id)) };
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: (await load(params)).m.name };
}

export default async function MobilizationPage({ params, searchParams }: TProps) {
  const { actor, m } = await load(params);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  // A member sees the mobilization they are asked to, and answers for themselves.
  if (!can(actor, 'mobilizations.organize')) {
    const own = await getOwnCommitment(actor, m.id);
    if (!own) notFound();
    return (
      <>
        <BackLink href="/mobilizations" label={t('mobilizations.back')} />
        <PageHeader title={m.name} subtitle={<WhenWhere m={m} />} />
        <MemberAnswer mobilizationId={m.id} description={m.description} own={own} />
      </>
    );
  }
  const { status } = ZMobilizationPeopleParams.parse(await searchParams);
  const [{ rows, hidden }, promotable] = await Promise.all([
    listCommitments(actor, m.id, { status }),
    can(actor, 'mobilizations.promote') ? listPromotable(actor, m.id) : Promise.resolve([]),
  ]);
  const labels = await funnelLabels();
  const total = m.total!;
  const unit = t(`mobilizations.unit.${m.goalUnit}`, { count: m.goal });
  const links = [
    { href: `/mobilizations/${m.id}/check-in`, label: t('mobilizations.checkIn'), primary: true },
    { href: `/mobilizations/${m.id}/ask`, label: t('mobilizations.ask') },
    { href: `/mobilizations/${m.id}/calls`, label: t('mobilizations.callList') },
    { href: `/mobilizations/${m.id}/roster`, label: t('mobilizations.roster') },
    ...(can(actor, 'mobilizations.plan') ? [{ href: `/mobilizations/${m.id}/edit`, label: t('mobilizations.edit') }] : []),
  ];
  return (
    <>
      <BackLink href="/mobilizations" label={t('mobilizations.back')} />
      <PageHeader title={m.name} subtitle={<WhenWhere m={m} />} />
      <nav aria-label={t('mobilizations.actions')} className="-mt-3 mb-6 flex flex-wrap gap-2">
        {links.map((l) => (
          <Link key={l.href} href={l.href} className={buttonClass(l.primary ? 'primary' : 'secondary', 'md')}>
            {l.label}
          </Link>
        ))}
      </nav>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card title={t('mobilizations.progress')}>
          <p className="mb-4 text-lg text-stone-800">
            {t.rich('mobilizations.totalLine', { committed: format.number(total.committed), goal: unit, b: (c) => <strong className="text-2xl tabular-nums text-brand-800">{c}</strong> })}
          </p>
          <FunnelBar label={t('mobilizations.total')} target={m.goal} funnel={total} labels={labels} format={(n) => format.number(n)} />
          <div className="mt-6 space-y-5">
            {m.quotas.map((q) => (
              <FunnelBar key={q.ref} label={quotaName(t, q)} target={q.target} funnel={q.funnel} labels={labels} format={(n) => format.number(n)} />
            ))}
          </div>
          <div className="mt-5 border-t border-stone-100 pt-3"><FunnelLegend labels={labels} /></div>
          {!can(actor, 'scope.all') ? <p className="mt-3 text-sm text-stone-500">{t('mobilizations.countsNote')}</p> : null}
        </Card>
        <div className="space-y-4">
          {m.description ? <Card title={t('mobilizations.about')}><p className="whitespace-pre-line text-stone-700">{m.description}</p></Card> : null}
          {m.started || total.attended > 0 ? <TurnoutTable quotas={m.quotas} total={total} /> : null}
        </div>
      </div>
      <section className="mt-6" aria-labelledby="people-heading">
        <h2 id="people-heading" className="mb-3 text-lg font-semibold text-stone-900">{t('mobilizations.people')}</h2>
        <nav aria-label={t('mobilizations.filter')} className="mb-3 flex flex-wrap gap-1.5">
          {[undefined, ...STATUSES].map((s) => (
            <Link key={s ?? 'all'} href={s ? `?status=${s}` : `/mobilizations/${m.id}`} aria-current={s === status ? 'page' : undefined}
              className={`rounded-full px-3 py-1 text-sm ${s === status ? 'bg-brand-700 text-white' : 'bg-white text-stone-700 ring-1 ring-stone-200 hover:bg-stone-100'}`}>
              {s ? t(`commitmentStatus.${s}`) : t('mobilizations.all')}
            </Link>
          ))}
        </nav>
        <CommitmentTable mobilizationId={m.id} rows={rows.map((r) => ({
          id: r.id,
          personId: r.person.id,
          name: r.person,
          status: r.status,
          quota: r.quota ? quotaName(t, r.quota) : null,
          askedBy: r.askedBy,
          language: r.person.preferredLanguage,
          needs: { needInterpretation: r.needInterpretation, needChildcare: r.needChildcare, needAccessibility: r.needAccessibility, needSeatNearDoor: r.needSeatNearDoor, needsNote: r.needsNote },
        }))} />
        {hidden > 0 ? <p className="mt-2 text-sm text-stone-500">{t('mobilizations.hidden', { count: hidden })}</p> : null}
      </section>
      {promotable.length > 0 ? (
        <section className="mt-8"><PromoteForm mobilizationId={m.id} rows={promotable} /></section>
      ) : null}
    </>
  );
}
