'use client';

import type { VisibilityState } from '@tanstack/react-table';
import { useEffect, useState } from 'react';
import { buttonClass } from '@/components/ui/button';

// Which columns to show: chosen from a small menu, remembered on this browser (localStorage),
// read after the first render so the server's page and the browser's first paint agree.

export function usePersistedVisibility(storageKey: string, initial: VisibilityState) {
  const [visibility, setVisibility] = useState<VisibilityState>(initial);
  useEffect(() => {
    try {
      const saved = window.localStorage.getItem(storageKey);
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the saved choice exists only in the browser, after hydration
      if (saved) setVisibility({ ...initial, ...(JSON.parse(saved) as VisibilityState) });
    } catch {
      // A blocked or corrupt localStorage just means the default columns.
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read once, on mount
  }, [storageKey]);
  const update = (next: VisibilityState | ((old: VisibilityState) => VisibilityState)) => {
    setVisibility((old) => {
      const value = typeof next === 'function' ? next(old) : next;
      try {
        window.localStorage.setItem(storageKey, JSON.stringify(value));
      } catch {
        // Not remembered, still applied.
      }
      return value;
    });
  };
  return [visibility, update] as const;
}

export function ColumnMenu({ label, columns, visibility, onChange }: {
  label: string;
  columns: { id: string; header: string }[];
  visibility: VisibilityState;
  onChange: (id: string, visible: boolean) => void;
}) {
  return (
    <details className="group relative">
      <summary className={buttonClass('secondary', 'sm', 'cursor-pointer list-none')}>
        {label}
        <span aria-hidden className="text-stone-400 group-open:rotate-180">
          ▾
        </span>
      </summary>
      <fieldset className="absolute right-0 z-10 mt-1 w-56 space-y-1 rounded-lg border border-stone-200 bg-white p-3 shadow-lg">
        <legend className="sr-only">{label}</legend>
        {columns.map((c) => (
          <label key={c.id} className="flex items-center gap-2 text-sm text-stone-700">
            <input
              type="checkbox"
              className="size-4 accent-brand-700"
              checked={visibility[c.id] !== false}
              onChange={(e) => onChange(c.id, e.target.checked)}
            />
            {c.header}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
