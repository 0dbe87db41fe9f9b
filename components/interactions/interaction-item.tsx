import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { TTimelineItem } from '@/lib/data/profile/timeline';
import { displayName } from '@/lib/format/person-name';
import { FollowUpToggle, type TFollowUpAction } from './follow-up-toggle';

/** A calendar day stored as YYYY-MM-DD, formatted without shifting it through a time zone. */
export const dayDate = (day: string) => new Date(`${day}T12:00:00.000Z`);

/** One logged contact: what, when, with whom, by whom, and its follow-up. */
export async function InteractionItem({ item, viewerUserId, today, setFollowUpDone }: { item: TTimelineItem; viewerUserId: string; today: string; setFollowUpDone: TFollowUpAction }) {
  const [t, format] = await Promise.all([getTranslations('interactionLog'), getFormatter()]);
  const by = item.loggedBy.id === viewerUserId ? t('you') : item.loggedBy.person ? displayName(item.loggedBy.person) : item.loggedBy.email;
  const overdue = item.followUpOn && !item.followUpDone && item.followUpOn < today;
  return (
    <article className="py-3">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <Badge tone="brand">{t(`kinds.${item.kind}`)}</Badge>
        <time dateTime={item.occurredAt.toISOString()} className="text-stone-600">
          {format.dateTime(item.occurredAt, { dateStyle: 'medium', timeStyle: 'short' })}
        </time>
        <span className="text-stone-500">· {t('loggedBy', { name: by })}</span>
      </div>
      <p className="mt-1 font-medium break-words text-stone-900">{item.summary}</p>
      {item.notes ? <p className="mt-1 text-sm whitespace-pre-wrap text-stone-700">{item.notes}</p> : null}
      {item.people.length || item.organization || item.circle ? (
        <p className="mt-1 text-sm text-stone-600">
          {item.people.length ? (
            <>
              {t('with')}{' '}
              {item.people.map((p, i) => (
                <span key={p.id}>
                  {i > 0 ? ', ' : ''}
                  <Link href={`/people/${p.id}`} className="text-brand-800 hover:underline">
                    {displayName(p)}
                  </Link>
                </span>
              ))}
            </>
          ) : null}
          {item.organization ? <span className="ml-1">· {item.organization.name}</span> : null}
          {item.circle ? <span className="ml-1">· {item.circle.name}</span> : null}
        </p>
      ) : null}
      {item.followUpOn ? (
        <div className="mt-2 flex flex-wrap items-center justify-between gap-2 rounded-md bg-stone-50 px-3 py-2 text-sm">
          <span className={overdue ? 'font-medium text-red-800' : 'text-stone-700'}>
            {item.followUpDone ? '✓ ' : ''}
            {t(item.followUpDone ? 'followUpDone' : overdue ? 'followUpOverdue' : 'followUpOn', {
              date: format.dateTime(dayDate(item.followUpOn), { dateStyle: 'medium', timeZone: 'UTC' }),
            })}
          </span>
          <FollowUpToggle id={item.id} done={item.followUpDone} label={item.summary} action={setFollowUpDone} />
        </div>
      ) : null}
    </article>
  );
}
