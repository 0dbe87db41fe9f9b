'use client';

import { useTranslations } from 'next-intl';
import { useMemo, useState, useTransition } from 'react';
import { checkInAction } from '../actions';

type TRow = { id: string; name: string; group: string | null; needs: boolean; status: string };
type TSave = 'saving' | 'failed';

const EXPECTED = new Set(['COMMITTED', 'CONFIRMED', 'ATTENDED']);
const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * Optimistic check-in: a tap shows at once and is sent in the background; each tap sends the
 * wanted state, so a retry after a dropped connection is safe. A tap that fails says so on its row.
 */
export function CheckInList({ rows, goal }: { rows: TRow[]; goal: number }) {
  const t = useTranslations('checkIn');
  const [here, setHere] = useState<Record<string, boolean>>(() => Object.fromEntries(rows.map((r) => [r.id, r.status === 'ATTENDED'])));
  const [saving, setSaving] = useState<Record<string, TSave | undefined>>({});
  const [q, setQ] = useState('');
  const [everyone, setEveryone] = useState(false);
  const [, startTransition] = useTransition();

  const visible = useMemo(() => {
    const words = fold(q).split(/\s+/).filter(Boolean);
    return rows.filter((r) => (everyone || EXPECTED.has(r.status) || here[r.id]) && words.every((w) => fold(`${r.name} ${r.group ?? ''}`).includes(w)));
  }, [rows, q, everyone, here]);
  const count = Object.values(here).filter(Boolean).length;

  const tap = (id: string) => {
    const attended = !here[id];
    setHere((h) => ({ ...h, [id]: attended }));
    setSaving((s) => ({ ...s, [id]: 'saving' }));
    startTransition(async () => {
      let ok = false;
      try {
        ok = (await checkInAction(null, { commitmentId: id, attended })).ok;
      } catch {
        ok = false; // offline or a dropped connection
      }
      setSaving((s) => ({ ...s, [id]: ok ? undefined : 'failed' }));
      if (!ok) setHere((h) => ({ ...h, [id]: !attended }));
    });
  };

  return (
    <div>
      <div className="sticky top-[6.5rem] z-10 -mx-4 mb-3 space-y-2 border-b border-stone-200 bg-stone-50/95 px-4 pt-1 pb-3 backdrop-blur lg:top-0">
        <p className="text-lg font-semibold text-brand-800 tabular-nums" role="status" aria-live="polite">{t('count', { count, goal })}</p>
        <label htmlFor="check-in-q" className="sr-only">{t('search')}</label>
        <input id="check-in-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('search')} autoComplete="off"
          className="block w-full rounded-lg border border-stone-300 bg-white px-4 py-3 text-lg focus:border-brand-600 focus:ring-2 focus:ring-brand-200 focus:outline-none" />
        <label className="flex items-center gap-2 text-sm text-stone-700">
          <input type="checkbox" checked={everyone} onChange={(e) => setEveryone(e.target.checked)} className="size-5 accent-brand-700" />
          {t('showEveryone')}
        </label>
      </div>
      {visible.length === 0 ? <p className="py-6 text-center text-stone-500">{t('nobody')}</p> : null}
      <ul className="space-y-2">
        {visible.map((r) => {
          const on = here[r.id];
          const state = saving[r.id];
          return (
            <li key={r.id}>
              <button type="button" onClick={() => tap(r.id)} aria-pressed={on} data-id={r.id}
                className={`flex min-h-16 w-full items-center gap-3 rounded-xl border-2 px-4 py-3 text-left transition-colors ${on ? 'border-brand-700 bg-brand-700 text-white' : 'border-stone-200 bg-white text-stone-900 active:bg-stone-100'}`}>
                <span aria-hidden className={`flex size-8 shrink-0 items-center justify-center rounded-full text-lg font-bold ${on ? 'bg-white text-brand-800' : 'border-2 border-stone-300'}`}>{on ? '✓' : ''}</span>
                <span className="min-w-0 flex-1">
                  <span className="block truncate text-lg font-semibold">{r.name}</span>
                  <span className={`block truncate text-sm ${on ? 'text-brand-100' : 'text-stone-500'}`}>
                    {[r.group, r.needs ? t('hasNeeds') : null].filter(Boolean).join(' · ')}
                  </span>
                </span>
                <span className="shrink-0 text-sm font-medium">
                  {state === 'saving' ? t('saving') : state === 'failed' ? <span className={on ? 'text-white' : 'text-red-700'}>{t('failed')}</span> : on ? t('here') : t('tap')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
