import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { LogInteraction, type TLogInteractionActions } from '@/components/interactions/log-interaction-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { TRecentInteraction } from '@/lib/data/interactions/recent';

type TRef = { id: string; name: string };

/** The circle's or organization's "Recent contact" card: log one from here, then the list. */
export async function RecentContactCard({ interactions, about, actions, className }: {
  interactions: TRecentInteraction[];
  about: { circle: TRef } | { organization: TRef };
  actions: TLogInteractionActions;
  className?: string;
}) {
  const t = await getTranslations();
  return (
    <Card title={t('recentContact.title')} className={className}>
      <div className="mb-4">
        <LogInteraction {...about} actions={actions} />
      </div>
      <RecentContactList interactions={interactions} />
    </Card>
  );
}

/** A read-only list of logged contacts, newest first: what the circle and organization pages show. */
async function RecentContactList({ interactions }: { interactions: TRecentInteraction[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (interactions.length === 0) return <p className="text-sm text-stone-500">{t('recentContact.empty')}</p>;
  return (
    <ol className="divide-y divide-stone-100">
      {interactions.map((i) => (
        <li key={i.id} className="py-3 first:pt-0 last:pb-0">
          <p className="text-sm font-medium text-stone-900">{i.summary}</p>
          <p className="mt-0.5 text-xs text-stone-500">
            <time dateTime={i.occurredAt.toISOString()}>{format.dateTime(i.occurredAt, { dateStyle: 'medium' })}</time>
            {' · '}
            {t(`recentContact.kind.${i.kind}`)}
            {' · '}
            {t('recentContact.loggedBy', { name: i.loggedBy })}
          </p>
          {i.people.length > 0 || i.otherPeople > 0 ? (
            <p className="mt-1 text-xs text-stone-700">
              {i.people.map((p, n) => (
                <span key={p.id}>
                  {n > 0 ? ', ' : null}
                  <Link href={`/people/${p.id}`} className="text-brand-800 hover:underline">
                    {p.name}
                  </Link>
                </span>
              ))}
              {i.otherPeople > 0 ? (
                <span className="text-stone-500">
                  {i.people.length > 0 ? ' ' : null}
                  {t('recentContact.others', { count: i.otherPeople })}
                </span>
              ) : null}
            </p>
          ) : null}
          {i.followUpOn && !i.followUpDone ? (
            <p className="mt-1">
              <Badge tone="warm">{t('recentContact.followUp', { date: format.dateTime(i.followUpOn, { dateStyle: 'medium', timeZone: 'UTC' }) })}</Badge>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
