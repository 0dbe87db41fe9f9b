'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TActionResult } from '@/lib/entry/action';
import type { TPersonOption } from '@/lib/data/people/search';
import { controlClass } from '@/components/forms/control-class';

type TSearch = (prev: null, input: { targetId: string; q: string }) => Promise<TActionResult<TPersonOption[]>>;

/**
 * A search-as-you-type box (ARIA combobox) that finds a person through a server action, which
 * returns only people in the user's scope. The chosen person's id goes in a hidden input `name`.
 */
export function PersonPicker({ label, name, targetId, search, error }: { label: string; name: string; targetId: string; search: TSearch; error?: string }) {
  const t = useTranslations('personPicker');
  const id = useId();
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<TPersonOption | null>(null);
  const [options, setOptions] = useState<TPersonOption[]>([]);
  const [state, setState] = useState<'idle' | 'searching' | 'done'>('idle');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const latest = useRef(0);

  const query = q.trim();
  useEffect(() => {
    if (chosen || query.length < 2) return;
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      setState('searching');
      const result = await search(null, { targetId, q: query });
      // A slower answer to an older query must not replace a newer one.
      if (ticket !== latest.current) return;
      setOptions(result.ok ? result.data : []);
      setActive(result.ok && result.data.length > 0 ? 0 : -1);
      setState('done');
    }, 200);
    return () => clearTimeout(timer);
  }, [query, chosen, search, targetId]);

  const choose = (option: TPersonOption) => {
    setChosen(option);
    setQ(option.name);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && options.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % options.length);
    } else if (e.key === 'ArrowUp' && options.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? options.length - 1 : a - 1));
    } else if (e.key === 'Enter' && open && options[active]) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  const showList = open && !chosen && query.length >= 2;
  const hint = query.length < 2 ? t('typeMore') : state === 'searching' ? t('searching') : null;
  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="mb-1 block text-sm font-medium text-stone-800">
        {label}
      </label>
      <input type="hidden" name={name} value={chosen?.id ?? ''} />
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${id}-opt-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        placeholder={t('placeholder')}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setChosen(null);
          setOpen(true);
          if (e.target.value.trim().length < 2) {
            setOptions([]);
            setState('idle');
          }
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        className={controlClass}
      />
      {showList && state === 'done' ? (
        <ul id={listId} role="listbox" aria-label={label} className="absolute z-30 mt-1 max-h-72 w-full min-w-[min(20rem,calc(100vw-3rem))] overflow-auto rounded-md border border-stone-200 bg-white py-1 shadow-lg">
          {options.length === 0 ? (
            <li className="px-3 py-2 text-sm text-stone-500">{t('noMatches')}</li>
          ) : (
            options.map((o, i) => (
              <li
                key={o.id}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(o)}
                onMouseEnter={() => setActive(i)}
                className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-2 text-sm ${i === active ? 'bg-brand-50 text-brand-900' : 'text-stone-800'}`}
              >
                <span className="font-medium">{o.name}</span>
                {o.precinct ? <span className="shrink-0 text-xs whitespace-nowrap text-stone-500">{t('precinct', { precinct: o.precinct })}</span> : null}
              </li>
            ))
          )}
        </ul>
      ) : null}
      <p id={`${id}-hint`} className="mt-1 min-h-5 text-sm text-stone-500" aria-live="polite">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
