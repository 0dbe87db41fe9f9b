'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, useTransition } from 'react';
import type { TServerAction } from '@/components/forms/server-action';
import { displayName } from '@/lib/format/person-name';
import type { TGlobalHits } from '@/lib/data/people/search';

// The shell's search box: a combobox (WAI-ARIA 1.2 pattern) that asks a server action as you
// type and jumps to the person, circle or organization chosen. Without JavaScript, or on Enter
// with nothing chosen, it is a plain GET form to /search.

type TOption = { key: string; href: string; label: string; group: string; detail?: string | null };

export function toOptions(hits: TGlobalHits, t: (key: string) => string, canFilterByCircle: boolean): TOption[] {
  return [
    ...hits.people.map((p) => ({ key: `p${p.id}`, href: `/people/${p.id}`, label: displayName(p), detail: p.place, group: t('people') })),
    // A circle or organization opens the people table filtered to it.
    ...hits.circles.map((c) => ({ key: `c${c.id}`, href: canFilterByCircle ? `/people?circle=${c.id}` : '/circles', label: c.name, group: t('circles') })),
    ...hits.organizations.map((o) => ({ key: `o${o.id}`, href: `/people?org=${o.id}`, label: o.name, group: t('organizations') })),
  ];
}

export function GlobalSearch({ canFilterByCircle, search }: { canFilterByCircle: boolean; search: TServerAction<{ q: string }, TGlobalHits> }) {
  const t = useTranslations('people.globalSearch');
  const router = useRouter();
  const listId = useId();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<TOption[] | null>(null);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const asked = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const ask = (text: string) => {
    clearTimeout(timer.current);
    if (text.trim().length < 2) {
      setOptions(null);
      return;
    }
    timer.current = setTimeout(() => {
      asked.current = text;
      startTransition(async () => {
        const result = await search(null, { q: text });
        // Answers can arrive out of order: keep only the one for what is typed now.
        if (asked.current !== text) return;
        setOptions(result.ok ? toOptions(result.data, t, canFilterByCircle) : []);
        setActive(-1);
      });
    }, 200);
  };

  const go = (href: string) => {
    setOpen(false);
    setQ('');
    setOptions(null);
    router.push(href);
  };

  const expanded = open && options !== null;
  return (
    <form
      action="/search"
      method="get"
      role="search"
      className="relative"
      onSubmit={(e) => {
        e.preventDefault();
        const chosen = options?.[active];
        if (chosen) go(chosen.href);
        else if (q.trim()) go(`/search?q=${encodeURIComponent(q.trim())}`);
      }}
    >
      <label htmlFor={`${listId}-input`} className="sr-only">
        {t('label')}
      </label>
      <input
        id={`${listId}-input`}
        name="q"
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        value={q}
        placeholder={t('placeholder')}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
          ask(e.target.value);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (!options?.length) return;
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => (a + 1) % options.length);
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => (a <= 0 ? options.length - 1 : a - 1));
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
        className="w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-200 focus:outline-none sm:text-sm"
      />
      {expanded ? (
        <ul
          id={`${listId}-list`}
          role="listbox"
          aria-label={t('label')}
          aria-busy={pending}
          className="absolute inset-x-0 top-full z-30 mt-1 max-h-80 overflow-y-auto rounded-lg border border-stone-200 bg-white py-1 text-sm shadow-lg"
        >
          {options.length === 0 ? (
            <li role="presentation" className="px-3 py-2 text-stone-500">
              {pending ? t('searching') : t('noResults')}
            </li>
          ) : (
            options.flatMap((o, i) => [
              ...(i === 0 || options[i - 1]!.group !== o.group
                ? [
                    <li key={`g${o.group}`} role="presentation" className="px-3 pt-2 pb-1 text-xs font-semibold tracking-wide text-stone-500 uppercase">
                      {o.group}
                    </li>,
                  ]
                : []),
              <li
                key={o.key}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  go(o.href);
                }}
                className={`cursor-pointer px-3 py-1.5 ${i === active ? 'bg-brand-700 text-white' : 'text-stone-800 hover:bg-stone-100'}`}
              >
                {o.label}
                {o.detail ? <span className={`ml-2 text-xs tabular-nums ${i === active ? 'text-brand-100' : 'text-stone-500'}`}>{o.detail}</span> : null}
              </li>,
            ])
          )}
        </ul>
      ) : null}
    </form>
  );
}
