import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getRoster } from '@/lib/data/mobilizations/commitment-lists';
import { displayName } from '@/lib/format/person-name';
import { formatPhone } from '@/lib/format/phone';
import { loadOr404, requireRecordPage } from '@/lib/entry/page';
import { PrintButton } from '../../_components/print-button';
import { WhenWhere } from '../../_components/when-where';
import { quotaName } from '../../_components/labels';
import './print.css';
import { ScrollBox } from '@/components/ui/scroll-box';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('roster'))('title') };
}

const NEEDS = ['needInterpretation', 'needChildcare', 'needAccessibility', 'needSeatNearDoor'] as const;

/** The seat list to print: numbered, with phone, language and needs, and a box to tick on the day. */
export default async function RosterPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, id } = await requireRecordPage('mobilizations.organize', (await params).id);
  const [t, { mobilization: m, rows }] = await Promise.all([getTranslations(), loadOr404(getRoster(actor, id))]);
  return (
    <>
      <div className="no-print mb-2 flex flex-wrap items-center justify-between gap-2">
        <Link href={`/mobilizations/${m.id}`} className="text-sm text-brand-800 hover:underline">← {m.name}</Link>
        <PrintButton label={t('roster.print')} />
      </div>
      <h1 className="text-2xl font-semibold text-stone-900">{m.name}</h1>
      <p className="mb-1 text-stone-700"><WhenWhere m={m} /></p>
      <p className="mb-4 text-sm text-stone-600">{t('roster.count', { count: rows.length, goal: m.goal })}</p>
      <ScrollBox label={t('roster.title')} className="rounded-xl border border-stone-200 bg-white shadow-xs print:overflow-visible print:border-0 print:shadow-none">
        <table className="roster-table min-w-full text-sm">
          <caption className="sr-only">{t('roster.title')}</caption>
          <thead className="bg-stone-50 text-left text-stone-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-right font-semibold">#</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t('roster.name')}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t('roster.phone')}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t('roster.language')}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t('roster.group')}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t('needs.title')}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t('roster.here')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {rows.length === 0 ? <tr><td colSpan={7} className="px-3 py-6 text-center text-stone-500">{t('roster.empty')}</td></tr> : null}
            {rows.map((r, i) => {
              const phone = r.person.phones[0];
              const needs = NEEDS.filter((k) => r[k]).map((k) => t(`needs.${k}`));
              return (
                <tr key={r.id} className="align-top">
                  <td className="px-3 py-2 text-right tabular-nums text-stone-500">{i + 1}</td>
                  <td className="px-3 py-2 font-medium text-stone-900">{displayName(r.person)}</td>
                  <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                    {phone && !r.person.doNotContact ? formatPhone(phone.e164) : '—'}
                    {phone?.doNotCall ? <span className="ml-1 text-xs text-stone-500">({t('roster.noCalls')})</span> : null}
                  </td>
                  <td className="px-3 py-2 uppercase">{[r.person.preferredLanguage, ...r.person.languages.filter((l) => l !== r.person.preferredLanguage)].join(', ')}</td>
                  <td className="px-3 py-2">{r.quota ? quotaName(t, r.quota) : '—'}</td>
                  <td className="px-3 py-2">{[...needs, r.needsNote].filter(Boolean).join('; ') || ''}</td>
                  <td className="px-3 py-2"><span aria-hidden className="inline-block size-5 rounded border-2 border-stone-400">{r.status === 'ATTENDED' ? '✓' : ''}</span></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}
