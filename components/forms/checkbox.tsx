import type { ReactNode } from 'react';

/** A checkbox with its label beside it, sent as `value` (default "on") when ticked. */
export function Checkbox({ name, label, defaultChecked, value = 'on' }: { name: string; label: ReactNode; defaultChecked?: boolean; value?: string }) {
  return (
    <label className="inline-flex items-center gap-2 text-sm text-stone-800">
      <input type="checkbox" name={name} value={value} defaultChecked={defaultChecked} className="size-4 rounded border-stone-300 accent-brand-700" />
      {label}
    </label>
  );
}
