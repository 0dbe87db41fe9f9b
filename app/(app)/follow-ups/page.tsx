import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTimeZone, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { dayDate } from '@/components/interactions/interaction-item';
import { FollowUpToggle } from '@/components/interactions/follow-up-toggle';
import { todayIn } from '@/components/interactions/today';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/actor';
import { listMyFollowUps, type TFollowUp } from '@/lib/data/interactions/follow-ups';
import { canLogInteractions } from '@/lib/data/interactions/interactions';
import { displayName } from '@/lib/format/person-name';
import { setFollowUpDoneAction } from '../_actions/interactions';

const ZView = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(['open', 'done']).catch('open')).default('open');

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('followUps'))('title') };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FollowUpsPage({ searchParams }: TProps) {
  const actor = await requireActor();
  // Members log no interactions, so they have no follow-ups: the page does not exist for them.
  if (!canLogInteractions(actor)) notFound();
  const view = ZView.parse((await searchParams).view);
  const [t, format, timeZone] = await Promise.all([getTranslations(), getFormatter(), getTimeZone()]);
  const today = todayIn(timeZone);
  const { items, counts } = await listMyFollowUps(actor, { view, today });

  const status = (f: TFollowUp) =>
    f.followUpDone ? null : f.followUpOn < today ? (
      <Badge tone="danger">{t('followUps.overdue')}</Badge>
    ) : f.followUpOn === today ? (
      <Badge tone="warm">{t('followUps.dueToday')}</Badge>
    ) : null;
  const tab = (v: 'open' | 'done', label: string) => (
    <Link
      href={v === 'open' ? '/follow-ups' : '/follow-ups?view=done'}
      aria-current={view === v ? 'page' : undefined}
      className={`rounded-full px-3 py-1.5 text-sm font-medium ${view === v ? 'bg-brand-700 text-white' : 'bg-white text-stone-700 ring-1 ring-stone-200 hover:bg-stone-100'}`}
    >
      {label}
    </Link>
  );

  return (
    <>
      <PageHeader title={t('followUps.title')} subtitle={t('followUps.summary', { open: counts.open, overdue: counts.overdue, dueToday: counts.dueToday })} />
      <nav aria-label={t('followUps.views')} className="mb-4 flex gap-2">
        {tab('open', t('followUps.open', { count: counts.open }))}
        {tab('done', t('followUps.done', { count: counts.done }))}
      </nav>
      {items.length === 0 ? (
        <p className="rounded-xl border border-stone-200 bg-white p-6 text-center text-stone-500">
          {view === 'open' ? t('followUps.empty') : t('followUps.emptyDone')}
        </p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white shadow-xs" data-testid="follow-ups">
          {items.map((f) => (
            <li key={f.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <span className={`font-semibold tabular-nums ${!f.followUpDone && f.followUpOn < today ? 'text-red-800' : 'text-stone-900'}`}>
                    {format.dateTime(dayDate(f.followUpOn), { dateStyle: 'medium', timeZone: 'UTC' })}
                  </span>
                  {status(f)}
                  <Badge tone="brand">{t(`interactionLog.kinds.${f.kind}`)}</Badge>
                </div>
                <p className="mt-1 font-medium break-words text-stone-900">{f.summary}</p>
                <p className="mt-0.5 text-sm text-stone-600">
                  {t('followUps.logged', { date: format.dateTime(f.occurredAt, { dateStyle: 'medium' }) })}
                  {f.people.length ? ' · ' : ''}
                  {f.people.map(({ person }, i) => (
                    <span key={person.id}>
                      {i > 0 ? ', ' : ''}
                      <Link href={`/people/${person.id}`} className="text-brand-800 hover:underline">
                        {displayName(person)}
                      </Link>
                      {person.doNotContact ? <span className="text-red-800"> ({t('person.doNotContact')})</span> : null}
                    </span>
                  ))}
                  {f.organization ? ` · ${f.organization.name}` : ''}
                  {f.circle ? ` · ${f.circle.name}` : ''}
                </p>
              </div>
              <FollowUpToggle id={f.id} done={f.followUpDone} label={f.summary} action={setFollowUpDoneAction} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
