import type { TInteractionItem } from '@/lib/data/interactions/items';
import { InteractionItem, type TInteractionItemProps } from './interaction-item';

type TProps = Pick<TInteractionItemProps, 'setFollowUpDone' | 'about' | 'lead' | 'tools'> & {
  items: TInteractionItem[];
  /** The organization's calendar day (YYYY-MM-DD): what is overdue. */
  today: string;
  /** In a frame of its own (a page's list), rather than inside a card. */
  framed?: boolean;
  className?: string;
  testId?: string;
};

/** Logged contacts, in the order given: the timeline, open follow-ups, recent contact, "my follow-ups". */
export function InteractionList({ items, today, framed = false, className = 'divide-stone-100', testId, ...each }: TProps) {
  return (
    <ol className={`divide-y ${framed ? 'rounded-xl border border-stone-200 bg-white shadow-xs' : ''} ${className}`} data-testid={testId}>
      {items.map((item) => (
        <li key={item.id} className={framed ? 'px-4 py-3' : 'py-3'}>
          <InteractionItem item={item} today={today} {...each} />
        </li>
      ))}
    </ol>
  );
}
