import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { TInteractionItem } from '@/lib/data/interactions/items';
import { FollowUpToggle, type TFollowUpAction } from './follow-up-toggle';

/** A calendar day stored as YYYY-MM-DD, formatted without shifting it through a time zone. */
const dayDate = (day: string) => new Date(`${day}T12:00:00.000Z`);

/**
 * One logged contact: what, when, by whom, with whom, and its follow-up, with the toggle that
 * marks it done where the page hands one. `today` (YYYY-MM-DD) decides what is overdue.
 */
export async function InteractionItem({ item, today, setFollowUpDone }: { item: TInteractionItem; today: string; setFollowUpDone?: TFollowUpAction }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const open = item.followUpOn !== null && !item.followUpDone;
  const overdue = open && item.followUpOn! < today;
  const named = item.people.length > 0 || item.otherPeople > 0 || item.organization || item.circle;
  return (
    <article>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <Badge tone="brand">{t(`interactionLog.kinds.${item.kind}`)}</Badge>
        <time dateTime={item.occurredAt.toISOString()} className="text-stone-600">
          {format.dateTime(item.occurredAt, { dateStyle: 'medium', timeStyle: 'short' })}
        </time>
        <span className="text-stone-500">· {t('interactionLog.loggedBy', { name: item.loggedBy.isViewer ? t('interactionLog.you') : item.loggedBy.name })}</span>
      </div>
      <p className="mt-1 font-medium break-words text-stone-900">{item.summary}</p>
      {item.notes ? <p className="mt-1 text-sm whitespace-pre-wrap text-stone-700">{item.notes}</p> : null}
      {named ? (
        <p className="mt-1 text-sm text-stone-600">
          {item.people.length ? `${t('interactionLog.with')} ` : null}
          {item.people.map((p, i) => (
            <span key={p.id}>
              {i > 0 ? ', ' : ''}
              <Link href={`/people/${p.id}`} className="text-brand-800 hover:underline">
                {p.name}
              </Link>
              {p.doNotContact ? <span className="text-red-800"> ({t('person.doNotContact')})</span> : null}
            </span>
          ))}
          {item.otherPeople > 0 ? <span className="text-stone-500"> {t('interactionLog.others', { count: item.otherPeople })}</span> : null}
          {item.organization ? <span className="ml-1">· {item.organization.name}</span> : null}
          {item.circle ? <span className="ml-1">· {item.circle.name}</span> : null}
        </p>
      ) : null}
      {item.followUpOn ? (
        <div className="mt-2 flex flex-wrap items-center justify-between gap-2 rounded-md bg-stone-50 px-3 py-2 text-sm">
          <span className={`flex flex-wrap items-center gap-2 ${overdue ? 'font-medium text-red-800' : 'text-stone-700'}`}>
            {item.followUpDone ? '✓ ' : ''}
            {t(item.followUpDone ? 'interactionLog.followUpDone' : overdue ? 'interactionLog.followUpOverdue' : 'interactionLog.followUpOn', {
              date: format.dateTime(dayDate(item.followUpOn), { dateStyle: 'medium', timeZone: 'UTC' }),
            })}
            {open && item.followUpOn === today ? <Badge tone="warm">{t('interactionLog.dueToday')}</Badge> : null}
          </span>
          {setFollowUpDone ? <FollowUpToggle id={item.id} done={item.followUpDone} label={item.summary} action={setFollowUpDone} /> : null}
        </div>
      ) : null}
    </article>
  );
}
