import type { TFunnel } from '@/lib/mobilization/funnel';

// A quota's progress as one bar a person can read at a glance: the steps nest (asked, then
// committed, confirmed, attended, each darker), on a track scaled to the target, with a mark
// where the target is. The numbers are written out beside it for everyone, screen readers too.

export type TFunnelLabels = { target: string; asked: string; committed: string; confirmed: string; attended: string };

const STEPS = [
  { key: 'asked', className: 'bg-crust-100' },
  { key: 'committed', className: 'bg-brand-200' },
  { key: 'confirmed', className: 'bg-brand-500' },
  { key: 'attended', className: 'bg-brand-800' },
] as const;

const pct = (n: number, of: number) => `${Math.min(100, (n / of) * 100).toFixed(2)}%`;

export function FunnelBar({ label, target, funnel, labels, format }: {
  label: string;
  target: number | null;
  funnel: TFunnel;
  labels: TFunnelLabels;
  format: (n: number) => string;
}) {
  const scale = Math.max(target ?? 0, funnel.asked, 1);
  const short = target !== null && funnel.committed < target;
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-3">
        <span className="min-w-0 truncate font-medium text-stone-800" title={label}>{label}</span>
        <span className={`shrink-0 text-sm font-semibold tabular-nums ${short ? 'text-crust-700' : 'text-brand-800'}`}>
          {format(funnel.committed)}
          {target !== null ? <span className="font-normal text-stone-500"> / {format(target)}</span> : null}
        </span>
      </div>
      <div className="relative h-4 rounded-full bg-stone-100 ring-1 ring-stone-200 ring-inset" aria-hidden>
        {STEPS.map((s) => (
          <div key={s.key} className={`absolute inset-y-0 left-0 rounded-full ${s.className}`} style={{ width: pct(funnel[s.key], scale) }} />
        ))}
        {target !== null && target > 0 ? (
          <div className="absolute -inset-y-1 w-0.5 rounded bg-stone-900" style={{ left: `calc(${pct(target, scale)} - 1px)` }} />
        ) : null}
      </div>
      <dl className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-stone-600 tabular-nums">
        {target !== null ? <Figure label={labels.target} value={format(target)} /> : null}
        <Figure label={labels.asked} value={format(funnel.asked)} />
        <Figure label={labels.committed} value={format(funnel.committed)} />
        <Figure label={labels.confirmed} value={format(funnel.confirmed)} />
        <Figure label={labels.attended} value={format(funnel.attended)} />
      </dl>
    </div>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex gap-1">
      <dt>{label}</dt>
      <dd className="font-semibold text-stone-800">{value}</dd>
    </div>
  );
}

export function FunnelLegend({ labels }: { labels: TFunnelLabels }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600" aria-hidden>
      {STEPS.map((s) => (
        <li key={s.key} className="flex items-center gap-1.5">
          <span className={`inline-block size-3 rounded-sm ring-1 ring-stone-300 ${s.className}`} />
          {labels[s.key]}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span className="inline-block h-3 w-0.5 bg-stone-900" />
        {labels.target}
      </li>
    </ul>
  );
}
