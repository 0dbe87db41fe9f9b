import { getTranslations } from 'next-intl/server';
import type { TFunnelLabels } from '@/components/charts/funnel-bars';

type TT = Awaited<ReturnType<typeof getTranslations>>;

/** A quota's name: its circle's or ally's, "Open seats", or "Not in a quota". */
export function quotaName(t: TT, q: { ref: string; name: string | null }): string {
  if (q.ref === 'open') return t('mobilizations.openSeats');
  if (q.ref === 'none') return t('mobilizations.noQuota');
  return q.name ?? '—';
}

export async function funnelLabels(): Promise<TFunnelLabels> {
  const t = await getTranslations('funnel');
  return { target: t('target'), asked: t('asked'), committed: t('committed'), confirmed: t('confirmed'), attended: t('attended') };
}
