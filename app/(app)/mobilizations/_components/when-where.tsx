import { getFormatter, getTranslations } from 'next-intl/server';

/** "Bus trip · Saturday, March 14, 7:30 AM · Parish hall": the line under a mobilization's name. */
export async function WhenWhere({ m }: { m: { kind: string; startsAt: Date; place: string | null } }) {
  const [t, format] = await Promise.all([getTranslations('mobilizationKind'), getFormatter()]);
  const when = format.dateTime(m.startsAt, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });
  return <>{[t(m.kind), when, m.place].filter(Boolean).join(' · ')}</>;
}
