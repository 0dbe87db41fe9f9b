/** A labelled progress bar; `done` null for "working, amount unknown". */
export function ProgressBar({ label, done, total, detail }: { label: string; done: number | null; total: number; detail?: string }) {
  const percent = done === null || total <= 0 ? null : Math.min(100, Math.round((done / total) * 100));
  return (
    <div>
      <div className="mb-1 flex items-baseline justify-between gap-3 text-sm">
        <span className="font-medium text-stone-800">{label}</span>
        {detail ? <span className="text-stone-600 tabular-nums">{detail}</span> : null}
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={detail}
        className="h-3 w-full overflow-hidden rounded-full bg-stone-200"
      >
        {/* Keyed by mode, so going from "working" to a measured width never animates backwards. */}
        {percent === null ? (
          <div key="busy" className="h-full w-full animate-pulse rounded-full bg-brand-600/40" />
        ) : (
          <div key="bar" className="h-full rounded-full bg-brand-600 transition-[width] duration-500" style={{ width: `${Math.max(percent, 2)}%` }} />
        )}
      </div>
    </div>
  );
}
