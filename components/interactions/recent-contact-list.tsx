import { getTranslations } from 'next-intl/server';
import { LogInteraction, type TLogInteractionActions } from '@/components/interactions/log-interaction-form';
import { Card } from '@/components/ui/card';
import type { TInteractionItem } from '@/lib/data/interactions/items';
import { InteractionList } from './interaction-list';

type TRef = { id: string; name: string };

/** The circle's or organization's "Recent contact" card: log one from here, then the newest, read only. */
export async function RecentContactCard({ interactions, today, about, actions, className }: {
  interactions: TInteractionItem[];
  /** The organization's calendar day (YYYY-MM-DD). */
  today: string;
  about: { circle: TRef } | { organization: TRef };
  actions: TLogInteractionActions;
  className?: string;
}) {
  const t = await getTranslations('recentContact');
  return (
    <Card title={t('title')} className={className}>
      <div className="mb-1">
        <LogInteraction {...about} actions={actions} />
      </div>
      {interactions.length ? <InteractionList items={interactions} today={today} about={'circle' in about ? about.circle.id : about.organization.id} /> : <p className="mt-3 text-sm text-stone-500">{t('empty')}</p>}
    </Card>
  );
}
