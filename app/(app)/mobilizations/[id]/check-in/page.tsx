import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getCheckInList } from '@/lib/data/mobilizations/check-in';
import { displayName } from '@/lib/format/person-name';
import { loadOr404, requireRecordPage } from '@/lib/entry/page';
import { CheckInList } from '../../_components/check-in-list';
import { WalkInPanel } from '../../_components/walk-in-panel';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checkIn'))('title') };
}

/** At the door, on a phone: one big tap per person. */
export default async function CheckInPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, id } = await requireRecordPage('mobilizations.organize', (await params).id);
  const [t, tm, { mobilization, rows }] = await Promise.all([getTranslations('checkIn'), getTranslations('mobilizations'), loadOr404(getCheckInList(actor, id))]);
  return (
    <>
      <Link href={`/mobilizations/${mobilization.id}`} className="mb-1 inline-block text-sm text-brand-800 hover:underline">← {mobilization.name}</Link>
      <h1 className="mb-3 text-xl font-semibold text-stone-900">{t('title')}</h1>
      <WalkInPanel mobilizationId={mobilization.id} />
      <CheckInList
        goal={mobilization.goal}
        rows={rows.map((r) => ({ id: r.id, name: displayName(r.person), group: r.group === 'open' ? tm('openSeats') : r.group, needs: r.needs, status: r.status }))}
      />
    </>
  );
}
