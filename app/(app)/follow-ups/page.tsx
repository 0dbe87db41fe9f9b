import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { InteractionList } from '@/components/interactions/interaction-list';
import { PageHeader } from '@/components/ui/page-header';
import { listMyFollowUps } from '@/lib/data/interactions/follow-ups';
import { requirePage } from '@/lib/entry/page';
import { setFollowUpDoneAction } from '../_actions/interactions';

const ZView = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(['open', 'done']).catch('open')).default('open');

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('followUps'))('title') };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FollowUpsPage({ searchParams }: TProps) {
  // Members log no interactions, so they have no follow-ups: the page does not exist for them.
  const actor = await requirePage('area.followUps');
  const view = ZView.parse((await searchParams).view);
  const t = await getTranslations();
  const { items, counts, today } = await listMyFollowUps(actor, { view });

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
        <InteractionList items={items} today={today} setFollowUpDone={setFollowUpDoneAction} lead="followUp" framed testId="follow-ups" />
      )}
    </>
  );
}
