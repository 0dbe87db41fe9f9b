import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { InteractionList } from '@/components/interactions/interaction-list';
import { LogInteraction } from '@/components/interactions/log-interaction-form';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { TProfileTimeline } from '@/lib/data/profile/timeline';
import { TIMELINE_MAX, TIMELINE_PAGE } from '@/lib/data/profile/profile';
import { setFollowUpDoneAction } from '../../../_actions/interactions';
import { logInteractionActions } from '../../../_actions/log-interaction';

/** Log a contact, the open follow-ups, and the timeline newest first with "show more". */
export async function InteractionsCard({ person, timeline, today, shown }: {
  person: { id: string; name: string };
  timeline: TProfileTimeline;
  today: string;
  shown: number;
}) {
  const t = await getTranslations('profile.timeline');
  const more = Math.min(shown + TIMELINE_PAGE * 2, TIMELINE_MAX);
  return (
    <Card title={t('title')} className="scroll-mt-24">
      <div id="timeline" className="space-y-4">
        <LogInteraction people={[{ id: person.id, name: person.name }]} actions={logInteractionActions} />
        {timeline.openFollowUps.length ? (
          <section aria-labelledby="open-follow-ups" className="rounded-lg border border-crust-100 bg-crust-50/60 px-3">
            <h3 id="open-follow-ups" className="pt-3 text-sm font-semibold text-crust-700">
              {t('openFollowUps', { count: timeline.openFollowUps.length })}
            </h3>
            <InteractionList items={timeline.openFollowUps} today={today} setFollowUpDone={setFollowUpDoneAction} className="divide-crust-100" />
          </section>
        ) : null}
        <section aria-labelledby="timeline-heading">
          <h3 id="timeline-heading" className="text-sm font-semibold text-stone-700">
            {t('history')} <span className="font-normal text-stone-500">({t('count', { shown: timeline.items.length, total: timeline.total })})</span>
          </h3>
          {timeline.items.length === 0 ? (
            <p className="mt-2 text-sm text-stone-500">{t('empty')}</p>
          ) : (
            <InteractionList items={timeline.items} today={today} setFollowUpDone={setFollowUpDoneAction} testId="timeline" />
          )}
          {timeline.total > timeline.items.length && shown < TIMELINE_MAX ? (
            <Link href={`/people/${person.id}?shown=${more}#timeline`} scroll={false} className={buttonClass('outline', 'md', 'mt-2')}>
              {t('showMore')}
            </Link>
          ) : null}
        </section>
      </div>
    </Card>
  );
}
