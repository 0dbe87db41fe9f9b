import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { InteractionItem } from '@/components/interactions/interaction-item';
import { LogInteraction } from '@/components/interactions/log-interaction-form';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { TProfileTimeline } from '@/lib/data/profile/timeline';
import { TIMELINE_MAX, TIMELINE_PAGE } from '@/lib/data/profile/profile';
import { setFollowUpDoneAction } from '../../../_actions/interactions';
import { logInteractionActions } from '../../../_actions/log-interaction';

/** Log a contact, the open follow-ups, and the timeline newest first with "show more". */
export async function InteractionsCard({ person, timeline, viewerUserId, today, shown }: {
  person: { id: string; name: string };
  timeline: TProfileTimeline;
  viewerUserId: string;
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
            <div className="divide-y divide-crust-100">
              {timeline.openFollowUps.map((item) => (
                <InteractionItem key={item.id} item={item} viewerUserId={viewerUserId} today={today} setFollowUpDone={setFollowUpDoneAction} />
              ))}
            </div>
          </section>
        ) : null}
        <section aria-labelledby="timeline-heading">
          <h3 id="timeline-heading" className="text-sm font-semibold text-stone-700">
            {t('history')} <span className="font-normal text-stone-500">({t('count', { shown: timeline.items.length, total: timeline.total })})</span>
          </h3>
          {timeline.items.length === 0 ? (
            <p className="mt-2 text-sm text-stone-500">{t('empty')}</p>
          ) : (
            <ol className="divide-y divide-stone-100" data-testid="timeline">
              {timeline.items.map((item) => (
                <li key={item.id}>
                  <InteractionItem item={item} viewerUserId={viewerUserId} today={today} setFollowUpDone={setFollowUpDoneAction} />
                </li>
              ))}
            </ol>
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
