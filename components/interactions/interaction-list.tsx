import { getTimeZone } from 'next-intl/server';
import type { TInteractionItem } from '@/lib/data/interactions/items';
import { InteractionItem } from './interaction-item';
import type { TFollowUpAction } from './follow-up-toggle';
import { todayIn } from './today';

type TProps = {
  items: TInteractionItem[];
  /** Where the follow-ups may be marked done from this list. */
  setFollowUpDone?: TFollowUpAction;
  /** The organization's calendar day (YYYY-MM-DD), where the page has it already. */
  today?: string;
  /** In a frame of its own (a page's list), rather than inside a card. */
  framed?: boolean;
  className?: string;
  testId?: string;
};

/** Logged contacts, in the order given: the timeline, open follow-ups, recent contact, "my follow-ups". */
export async function InteractionList({ items, setFollowUpDone, today, framed = false, className = 'divide-stone-100', testId }: TProps) {
  const day = today ?? todayIn(await getTimeZone());
  return (
    <ol className={`divide-y ${framed ? 'rounded-xl border border-stone-200 bg-white shadow-xs' : ''} ${className}`} data-testid={testId}>
      {items.map((item) => (
        <li key={item.id} className={framed ? 'px-4 py-3' : 'py-3'}>
          <InteractionItem item={item} today={day} setFollowUpDone={setFollowUpDone} />
        </li>
      ))}
    </ol>
  );
}
