import { getFormatter, getTranslations } from 'next-intl/server';
import type { TCirclePrecinct } from '@/lib/data/circles/read';

const SHOWN = 8;

/** Where a circle's members live: the precincts with most members first, the long tail folded away. */
export async function PrecinctBreakdown({ precincts }: { precincts: TCirclePrecinct[] }) {
  const [t, format] = await Promise.all([getTranslations('circle'), getFormatter()]);
  if (precincts.length === 0) return <p className="text-sm text-stone-500">{t('noMembers')}</p>;
  const widest = Math.max(1, ...precincts.map((p) => p.count));
  const rows = (list: TCirclePrecinct[]) => (
    <ul className="space-y-1.5 text-sm">
      {list.map((p) => (
        <li key={p.label ?? 'none'} className="grid grid-cols-[7.5rem_1fr_2.5rem] items-center gap-2">
          <span className="text-stone-700">{p.label ? t('precincts.precinct', { precinct: p.label }) : t('precincts.none')}</span>
          <span aria-hidden className="h-2 rounded-full bg-brand-100">
            <span className="block h-2 rounded-full bg-brand-600" style={{ width: `${(p.count / widest) * 100}%` }} />
          </span>
          <span className="text-right tabular-nums">{format.number(p.count)}</span>
        </li>
      ))}
    </ul>
  );
  // "No precinct" stays visible: it is the gap to fill, not the tail.
  const none = precincts.find((p) => p.label === null);
  const named = precincts.filter((p) => p.label !== null);
  const rest = named.slice(SHOWN);
  return (
    <>
      {rows([...named.slice(0, SHOWN), ...(none ? [none] : [])])}
      {rest.length > 0 ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium text-brand-800">{t('precincts.more', { count: rest.length })}</summary>
          <div className="mt-2">{rows(rest)}</div>
        </details>
      ) : null}
    </>
  );
}
