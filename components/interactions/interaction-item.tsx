import Link from 'next/link';
import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { TInteractionItem } from '@/lib/data/interactions/items';
import { formatDate, formatDateTime, formatDay } from '@/lib/format/dates';
import { FollowUpToggle, type TFollowUpAction } from './follow-up-toggle';

export type TInteractionItemProps = {
  item: TInteractionItem;
  /** The organization's calendar day (YYYY-MM-DD): what is due and overdue. */
  today: string;
  /** Where the follow-up may be marked done from here. */
  setFollowUpDone?: TFollowUpAction;
  /** The circle or organization whose page this is, not named again in each item. */
  about?: string;
  /** What comes first: the contact (a timeline), or the follow-up it asks for ("my follow-ups"). */
  lead?: 'contact' | 'followUp';
  /** More that can be done with an open follow-up, beside its toggle (the page's own controls). */
  tools?: (item: TInteractionItem) => ReactNode;
};

/** One logged contact: what, when, by whom, with whom, and its follow-up. */
export async function InteractionItem({ item, today, setFollowUpDone, about, lead = 'contact', tools }: TInteractionItemProps) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const open = item.followUpOn !== null && !item.followUpDone;
  const overdue = open && item.followUpOn! < today;
  const due = item.followUpOn ? formatDay(format, item.followUpOn) : '';
  const kind = <Badge tone="brand">{t(`interactionLog.kinds.${item.kind}`)}</Badge>;
  const summary = <p className="mt-1 font-medium break-words text-stone-900">{item.summary}</p>;
  const toggle = setFollowUpDone && item.followUpOn ? <FollowUpToggle id={item.id} done={item.followUpDone} label={item.summary} action={setFollowUpDone} /> : null;
  const organization = item.organization && item.organization.id !== about ? item.organization : null;
  const circle = item.circle && item.circle.id !== about ? item.circle : null;
  const who = [
    ...item.people.map((p) => (
      <span key={p.id}>
        <Link href={`/people/${p.id}`} className="text-brand-800 hover:underline">
          {p.name}
        </Link>
        {p.doNotContact ? <span className="text-red-800"> ({t('person.doNotContact')})</span> : null}
      </span>
    )),
  ].flatMap((el, i) => (i > 0 ? [', ', el] : [el]));
  const others = item.otherPeople > 0 ? <span className="text-stone-500"> {t('interactionLog.others', { count: item.otherPeople })}</span> : null;
  const places = (
    <>
      {organization ? <span> · {organization.name}</span> : null}
      {circle ? <span> · {circle.name}</span> : null}
    </>
  );

  if (lead === 'followUp') {
    return (
      <article className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className={`font-semibold tabular-nums ${overdue ? 'text-red-800' : 'text-stone-900'}`}>{due}</span>
            {overdue ? <Badge tone="danger">{t('interactionLog.overdue')}</Badge> : null}
            {open && item.followUpOn === today ? <Badge tone="warm">{t('interactionLog.dueToday')}</Badge> : null}
            {kind}
          </div>
          {summary}
          <p className="mt-0.5 text-sm text-stone-600">
            {t('interactionLog.contactOn', { date: formatDate(format, item.occurredAt) })}
            {who.length ? ' · ' : ''}
            {who}
            {others}
            {places}
          </p>
        </div>
        <div className="flex shrink-0 flex-col gap-2 sm:items-end">
          {toggle}
          {open && tools ? tools(item) : null}
        </div>
      </article>
    );
  }
  return (
    <article>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        {kind}
        <time dateTime={item.occurredAt.toISOString()} className="text-stone-600">
          {formatDateTime(format, item.occurredAt)}
        </time>
        <span className="text-stone-500">· {t('interactionLog.loggedBy', { name: item.loggedBy.isViewer ? t('interactionLog.you') : item.loggedBy.name })}</span>
      </div>
      {summary}
      {item.notes ? <p className="mt-1 text-sm whitespace-pre-wrap text-stone-700">{item.notes}</p> : null}
      {who.length || others || organization || circle ? (
        <p className="mt-1 text-sm text-stone-600">
          {who.length ? `${t('interactionLog.with')} ` : null}
          {who}
          {others}
          {places}
        </p>
      ) : null}
      {item.followUpOn ? (
        <div className="mt-2 flex flex-wrap items-center justify-between gap-2 rounded-md bg-stone-50 px-3 py-2 text-sm">
          <span className={`flex flex-wrap items-center gap-2 ${overdue ? 'font-medium text-red-800' : 'text-stone-700'}`}>
            {item.followUpDone ? '✓ ' : ''}
            {t(item.followUpDone ? 'interactionLog.followUpDone' : overdue ? 'interactionLog.followUpOverdue' : 'interactionLog.followUpOn', { date: due })}
            {open && item.followUpOn === today ? <Badge tone="warm">{t('interactionLog.dueToday')}</Badge> : null}
          </span>
          {toggle}
        </div>
      ) : null}
    </article>
  );
}
