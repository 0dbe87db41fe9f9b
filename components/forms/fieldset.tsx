import type { ReactNode } from 'react';

/** A titled group of fields in a card, two columns from small screens up. */
export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-xl border border-stone-200 bg-white p-5 shadow-xs">
      <legend className="px-1 text-sm font-semibold tracking-wide text-stone-500 uppercase">{legend}</legend>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}
