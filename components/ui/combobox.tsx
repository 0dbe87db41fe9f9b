'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { controlClass } from '@/components/forms/control-class';
import { FieldFrame } from '@/components/forms/field-frame';

// The one search-as-you-type box (WAI-ARIA 1.2 combobox with a listbox popup, list autocomplete
// without automatic selection): the person pickers and the shell's search. It asks `search` as
// you type (after a pause, from `MIN_LENGTH` characters), keeps only the answer to what is typed
// now, and lets the user choose with the mouse or the keyboard: arrows move, Enter chooses,
// Escape closes. It never submits the form around it.

export type TComboboxOption = { key: string; label: string; detail?: string | null; group?: string };

const MIN_LENGTH = 2;

type TProps<T extends TComboboxOption> = {
  label: string;
  /** The label for screen readers only (the shell's box, whose placeholder says what it is). */
  labelHidden?: boolean;
  search: (q: string) => Promise<T[]>;
  onPick: (option: T) => void;
  /** After a pick the box shows the option's label (a one-choice field); otherwise it empties for the next search. */
  keepPicked?: boolean;
  /** The text changed by typing (a one-choice field forgets its choice). */
  onType?: (text: string) => void;
  /** Enter with no option highlighted (the shell's box opens the search page). */
  onEnter?: (text: string) => void;
  messages: { searching: string; noResults: string };
  name?: string;
  type?: 'text' | 'search';
  placeholder?: string;
  hint?: string;
  error?: string;
  autoFocus?: boolean;
  inputClassName?: string;
};

export function Combobox<T extends TComboboxOption>(props: TProps<T>) {
  const { label, labelHidden, search, onPick, keepPicked, onType, onEnter, messages, error, hint } = props;
  const id = useId();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<T[] | null>(null);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [searching, setSearching] = useState(false);
  const latest = useRef(0);
  // The latest `search` (callers build it on each render, around their own arguments).
  const searchRef = useRef(search);
  useEffect(() => {
    searchRef.current = search;
  });
  const query = q.trim();

  useEffect(() => {
    const ticket = ++latest.current;
    if (!open || query.length < MIN_LENGTH) return;
    const timer = setTimeout(async () => {
      setSearching(true);
      const found = await searchRef.current(query).catch(() => [] as T[]);
      // Answers may come back out of order: only the answer to what is typed now counts.
      if (ticket !== latest.current) return;
      setSearching(false);
      setOptions(found);
      setActive(-1);
    }, 200);
    return () => clearTimeout(timer);
  }, [query, open]);

  const pick = (option: T) => {
    setQ(keepPicked ? option.label : '');
    setOptions(null);
    setOpen(false);
    onPick(option);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const list = options ?? [];
    if (e.key === 'ArrowDown' && list.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % list.length);
    } else if (e.key === 'ArrowUp' && list.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? list.length - 1 : a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = open ? list[active] : undefined;
      if (chosen) pick(chosen);
      else onEnter?.(query);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  const expanded = open && query.length >= MIN_LENGTH && (options !== null || searching);
  return (
    <FieldFrame id={`${id}-input`} label={label} labelHidden={labelHidden} hint={hint} error={error}>
      {(control) => (
        <div className="relative">
          <input
            {...control}
            name={props.name}
            type={props.type ?? 'text'}
            role="combobox"
            autoComplete="off"
            autoFocus={props.autoFocus}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
            placeholder={props.placeholder}
            value={q}
            onChange={(e) => {
              setQ(e.target.value);
              setOpen(true);
              if (e.target.value.trim().length < MIN_LENGTH) setOptions(null);
              onType?.(e.target.value);
            }}
            onKeyDown={onKeyDown}
            onFocus={() => setOpen(true)}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            className={`${controlClass} ${props.inputClassName ?? ''}`}
          />
          {expanded ? (
            <ul id={listId} role="listbox" aria-label={label} aria-busy={searching} className="absolute z-30 mt-1 max-h-72 w-full min-w-[min(20rem,calc(100vw-3rem))] overflow-auto rounded-md border border-stone-200 bg-white py-1 text-sm shadow-lg">
              {!options?.length ? (
                <li role="presentation" className="px-3 py-2 text-stone-500">
                  {searching ? messages.searching : messages.noResults}
                </li>
              ) : (
                options.flatMap((o, i) => [
                  ...(o.group && (i === 0 || options[i - 1]!.group !== o.group)
                    ? [
                        <li key={`g-${o.group}`} role="presentation" className="px-3 pt-2 pb-1 text-xs font-semibold tracking-wide text-stone-500 uppercase">
                          {o.group}
                        </li>,
                      ]
                    : []),
                  <li
                    key={o.key}
                    id={`${id}-opt-${i}`}
                    role="option"
                    aria-selected={i === active}
                    onMouseDown={(e) => {
                      e.preventDefault();
                      pick(o);
                    }}
                    onMouseEnter={() => setActive(i)}
                    className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-2 ${i === active ? 'bg-brand-50 text-brand-900' : 'text-stone-800'}`}
                  >
                    <span className="font-medium">{o.label}</span>
                    {o.detail ? <span className="shrink-0 text-xs whitespace-nowrap text-stone-500 tabular-nums">{o.detail}</span> : null}
                  </li>,
                ])
              )}
            </ul>
          ) : null}
        </div>
      )}
    </FieldFrame>
  );
}
