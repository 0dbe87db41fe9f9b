import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { Badge } from '@/components/ui/badge';
import { getCallList } from '@/lib/data/mobilizations/call-list';
import { displayName } from '@/lib/format/person-name';
import { formatPhone } from '@/lib/format/phone';
import { loadOr404, requireRecordPage } from '@/lib/entry/page';
import { formatDateTime } from '@/lib/format/dates';
import { CallOutcomeButtons } from '../../_components/call-outcome-buttons';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('callList'))('title') };
}

type TPhone = { e164: string; doNotCall: boolean } | undefined;

/** Those asked who have not answered, grouped by who should call them. */
export default async function CallListPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, id } = await requireRecordPage('mobilizations.organize', (await params).id);
  const [t, format, { mobilization: m, groups, total }] = await Promise.all([getTranslations(), getFormatter(), loadOr404(getCallList(actor, id))]);
  const phone = (p: TPhone, blocked = false) =>
    p && !blocked ? (
      <a href={`tel:${p.e164}`} className="text-brand-800 tabular-nums hover:underline">{formatPhone(p.e164)}</a>
    ) : <span className="text-stone-500">{t('callList.noPhone')}</span>;
  return (
    <>
      <BackLink href={`/mobilizations/${m.id}`} label={m.name} />
      <h1 className="text-2xl font-semibold text-stone-900">{t('callList.title')}</h1>
      <p className="mb-4 text-sm text-stone-600">{t('callList.intro', { count: total })}</p>
      <div className="grid items-start gap-4 lg:grid-cols-2">
        {groups.map((g) => (
          <section key={g.caller?.id ?? 'none'} className="rounded-xl border border-stone-200 bg-white p-4 shadow-xs">
            <h2 className="font-semibold text-stone-900">{g.caller ? displayName(g.caller) : t('callList.nobody')}</h2>
            <p className="mb-2 text-sm text-stone-600">
              {g.reasons.length ? g.reasons.map((r) => t(`callList.reason.${r.reason}`, { circle: r.circle ?? '' })).join(' · ') : t('callList.nobodyExplain')}
              {g.caller ? <> · {phone(g.caller.phones[0])}</> : null}
            </p>
            <ul className="divide-y divide-stone-100 text-sm">
              {g.people.map((p) => (
                <li key={p.commitmentId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <Link href={`/people/${p.id}`} className="font-medium text-stone-900 hover:underline">{displayName(p)}</Link>
                  <span className="flex items-center gap-2">
                    <span className="text-xs text-stone-600 uppercase">{p.preferredLanguage}</span>
                    {p.doNotContact ? <Badge tone="danger">{t('callList.doNotContact')}</Badge> : p.phones[0]?.doNotCall ? <Badge tone="warm">{t('callList.doNotCall')}</Badge> : phone(p.phones[0])}
                  </span>
                  {p.callOutcome && p.calledAt ? (
                    <span className="w-full text-xs text-stone-600">
                      {t('marchDay.calls.last', { outcome: t(`marchDay.calls.outcome.${p.callOutcome}`), time: formatDateTime(format, p.calledAt) })}
                    </span>
                  ) : null}
                  {p.doNotContact ? null : <CallOutcomeButtons commitmentId={p.commitmentId} name={displayName(p)} />}
                </li>
              ))}
            </ul>
          </section>
        ))}
        {groups.length === 0 ? <p className="text-stone-600">{t('callList.empty')}</p> : null}
      </div>
    </>
  );
}
