import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { TQuotaProgress } from '@/lib/data/mobilizations/mobilizations';
import { turnoutRate, type TFunnel } from '@/lib/mobilization/funnel';
import { quotaName } from './labels';
import { ScrollBox } from '@/components/ui/scroll-box';

/** After the event: who said yes and who came, circle by circle, so leadership learns which circles deliver. */
export async function TurnoutTable({ quotas, total }: { quotas: TQuotaProgress[]; total: TFunnel }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const rate = (f: TFunnel) => {
    const r = turnoutRate(f);
    return r === null ? '—' : format.number(r, { style: 'percent', maximumFractionDigits: 0 });
  };
  const rows = [...quotas.map((q) => ({ key: q.ref, label: quotaName(t, q), target: q.target, f: q.funnel })), { key: 'total', label: t('mobilizations.total'), target: null, f: total }];
  return (
    <Card title={t('turnout.title')}>
      <ScrollBox label={t('turnout.title')}>
        <table className="min-w-full text-sm" data-testid="turnout">
          <caption className="sr-only">{t('turnout.title')}</caption>
          <thead className="text-left text-stone-500">
            <tr>
              <th scope="col" className="py-1.5 pr-3 font-medium">{t('turnout.group')}</th>
              <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t('turnout.saidYes')}</th>
              <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t('turnout.came')}</th>
              <th scope="col" className="py-1.5 text-right font-medium">{t('turnout.rate')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {rows.map((r) => (
              <tr key={r.key} className={r.key === 'total' ? 'font-semibold' : ''}>
                <th scope="row" className="py-1.5 pr-3 text-left font-medium text-stone-800">{r.label}</th>
                <td className="py-1.5 pr-3 text-right tabular-nums">{format.number(r.f.committed)}</td>
                <td className="py-1.5 pr-3 text-right tabular-nums">{format.number(r.f.attended)}</td>
                <td className="py-1.5 text-right tabular-nums">{rate(r.f)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p className="mt-2 text-xs text-stone-500">{t('turnout.explain')}</p>
    </Card>
  );
}
