'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { FieldError } from '@/components/forms/field-frame';
import type { TPersonChoice } from '@/lib/data/people/search';
import type { TServerAction } from '@/components/forms/server-action';
import type { TPersonSearchInput } from '@/lib/validation/interaction';
import { controlClass } from '@/components/forms/control-class';

export type TPersonSearchAction = TServerAction<TPersonSearchInput, TPersonChoice[]>;

type TProps = {
  label: string;
  search: TPersonSearchAction;
  onPick: (choice: TPersonChoice) => void;
  /** People not to offer (already chosen, or the person whose profile this is). */
  exclude?: string[];
  error?: string;
  autoFocus?: boolean;
};

/**
 * A search-as-you-type combobox (WAI-ARIA combobox with a listbox popup) over the people in
 * the user's scope; the server action does the scoping. Arrow keys move, Enter picks, Escape closes.
 */
export function PersonSearch({ label, search, onPick, exclude = [], error, autoFocus }: TProps) {
  const t = useTranslations('profile.picker');
  const id = useId();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<TPersonChoice[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  const excludeKey = exclude.join(',');

  useEffect(() => {
    const query = q.trim();
    if (query.length < 1) return;
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      setLoading(true);
      const res = await search(null, { q: query, exclude: excludeKey ? excludeKey.split(',') : [] });
      // Answers may come back out of order: only the latest query's answer counts.
      if (ticket !== latest.current) return;
      setLoading(false);
      setResults(res.ok ? res.data : []);
      setActive(res.ok && res.data.length ? 0 : -1);
      setOpen(true);
    }, 200);
    return () => clearTimeout(timer);
  }, [q, excludeKey, search]);

  const pick = (choice: TPersonChoice) => {
    onPick(choice);
    setQ('');
    setResults([]);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && results.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % results.length);
    } else if (e.key === 'ArrowUp' && results.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? results.length - 1 : a - 1));
    } else if (e.key === 'Enter') {
      // Enter picks a highlighted person; it never submits the surrounding form half-filled.
      e.preventDefault();
      const choice = results[active];
      if (open && choice) pick(choice);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  const showList = open && q.trim().length > 0;
  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="mb-1 block text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        autoFocus={autoFocus}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${id}-opt-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        placeholder={t('search')}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          if (!e.target.value.trim()) setOpen(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => results.length && setOpen(true)}
        className={controlClass}
      />
      {showList ? (
        <ul id={listId} role="listbox" aria-label={label} className="absolute z-30 mt-1 max-h-64 w-full overflow-auto rounded-md border border-stone-200 bg-white py-1 shadow-lg">
          {results.length === 0 ? (
            <li role="option" aria-selected={false} aria-disabled className="px-3 py-2 text-sm text-stone-500">
              {loading ? t('loading') : t('noResults')}
            </li>
          ) : (
            results.map((r, i) => (
              <li
                key={r.id}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(r);
                }}
                onMouseEnter={() => setActive(i)}
                className={`flex cursor-pointer items-baseline justify-between gap-2 px-3 py-2 text-sm ${i === active ? 'bg-brand-50 text-brand-900' : 'text-stone-800'}`}
              >
                <span>{r.name}</span>
                {r.detail ? <span className="text-xs text-stone-500 tabular-nums">{r.detail}</span> : null}
              </li>
            ))
          )}
        </ul>
      ) : null}
      <FieldError id={id} error={error} />
    </div>
  );
}
