import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { InteractionList } from '@/components/interactions/interaction-list';
import { LogInteraction } from '@/components/interactions/log-interaction-form';
import { PageHeader } from '@/components/ui/page-header';
import { getMyFollowUp, listMyFollowUps, type TFollowUpGroups } from '@/lib/data/interactions/follow-ups';
import { requirePage } from '@/lib/entry/page';
import { first } from '@/lib/validation/form-helpers';
import { setFollowUpDoneAction } from '../_actions/interactions';
import { logInteractionActions } from '../_actions/log-interaction';
import { FollowUpTools } from './_components/follow-up-tools';

const ZParams = z.object({
  view: z.preprocess(first, z.enum(['open', 'done']).catch('open')).default('open'),
  /** A follow-up just marked done with "done and log": the log form opens for its people. */
  log: z.preprocess(first, z.uuid().optional().catch(undefined)),
});

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('followUps'))('title') };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FollowUpsPage({ searchParams }: TProps) {
  // Members log no interactions, so they have no follow-ups: the page does not exist for them.
  const actor = await requirePage('area.followUps');
  const { view, log } = ZParams.parse(await searchParams);
  const t = await getTranslations();
  const [{ groups, items, counts, today }, logging] = await Promise.all([listMyFollowUps(actor, { view }), log ? getMyFollowUp(actor, log) : null]);

  const tab = (v: 'open' | 'done', label: string) => (
    <Link
      href={v === 'open' ? '/follow-ups' : '/follow-ups?view=done'}
      aria-current={view === v ? 'page' : undefined}
      className={`rounded-full px-3 py-1.5 text-sm font-medium ${view === v ? 'bg-brand-700 text-white' : 'bg-white text-stone-700 ring-1 ring-stone-200 hover:bg-stone-100'}`}
    >
      {label}
    </Link>
  );
  const tools = (item: { id: string; summary: string }) => <FollowUpTools id={item.id} summary={item.summary} today={today} />;
  const group = (key: keyof TFollowUpGroups) =>
    groups[key].length ? (
      <section key={key} aria-labelledby={`follow-ups-${key}`} className="space-y-2">
        <h2 id={`follow-ups-${key}`} className={`text-sm font-semibold tracking-wide uppercase ${key === 'overdue' ? 'text-red-800' : 'text-stone-600'}`}>
          {t(`followUps.groups.${key}`)} <span className="tabular-nums">({groups[key].length})</span>
        </h2>
        <InteractionList items={groups[key]} today={today} setFollowUpDone={setFollowUpDoneAction} lead="followUp" framed tools={tools} testId={`follow-ups-${key}`} />
      </section>
    ) : null;

  return (
    <>
      <PageHeader title={t('followUps.title')} subtitle={t('followUps.summary', { open: counts.open, overdue: counts.overdue, dueToday: counts.dueToday })} />
      {logging ? (
        <section id="log" aria-label={t('followUps.logTitle', { summary: logging.summary })} className="mb-6 space-y-3 rounded-xl border border-brand-200 bg-white p-4 shadow-xs">
          <p className="text-sm font-medium text-stone-900">{t('followUps.logTitle', { summary: logging.summary })}</p>
          <LogInteraction
            key={logging.id}
            startOpen
            actions={logInteractionActions}
            people={logging.people.map((p) => ({ id: p.id, name: p.name }))}
            organization={logging.organization ?? undefined}
          />
        </section>
      ) : null}
      <nav aria-label={t('followUps.views')} className="mb-4 flex gap-2">
        {tab('open', t('followUps.open', { count: counts.open }))}
        {tab('done', t('followUps.done', { count: counts.done }))}
      </nav>
      {items.length === 0 ? (
        <p className="rounded-xl border border-stone-200 bg-white p-6 text-center text-stone-600">
          {view === 'open' ? t('followUps.empty') : t('followUps.emptyDone')}
        </p>
      ) : view === 'open' ? (
        <div className="space-y-6" data-testid="follow-ups">{(['overdue', 'thisWeek', 'later'] as const).map(group)}</div>
      ) : (
        <InteractionList items={items} today={today} setFollowUpDone={setFollowUpDoneAction} lead="followUp" framed testId="follow-ups" />
      )}
    </>
  );
}
