'use client';

import { useTranslations } from 'next-intl';
import { useMemo, useState, useTransition } from 'react';
import { isMissing } from '@/lib/mobilization/funnel';
import { checkInAction } from '../actions';

type TRow = { id: string; name: string; group: string | null; needs: boolean; status: string };
type TSave = 'saving' | 'failed';
type TView = 'expected' | 'missing' | 'here' | 'everyone';

const EXPECTED = new Set(['COMMITTED', 'CONFIRMED', 'ATTENDED']);
const VIEWS: TView[] = ['expected', 'missing', 'here', 'everyone'];
const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * Optimistic check-in: a tap shows at once and is sent in the background; each tap sends the
 * wanted state, so a retry after a dropped connection is safe. A tap that fails says so on its row.
 * "Missing" is who said yes and is not here yet: it shrinks as people arrive.
 */
export function CheckInList({ rows, goal }: { rows: TRow[]; goal: number }) {
  const t = useTranslations('checkIn');
  const tv = useTranslations('marchDay.views');
  // Taps made here, over what the server said (rows added since, a walk-in, come in as they are).
  const [taps, setTaps] = useState<Record<string, boolean>>({});
  const [saving, setSaving] = useState<Record<string, TSave | undefined>>({});
  const [q, setQ] = useState('');
  const [view, setView] = useState<TView>('expected');
  const [, startTransition] = useTransition();
  const here = (r: TRow) => taps[r.id] ?? r.status === 'ATTENDED';
  const inView: Record<TView, (r: TRow) => boolean> = {
    expected: (r) => EXPECTED.has(r.status) || here(r),
    missing: (r) => !here(r) && isMissing(r.status as Parameters<typeof isMissing>[0]),
    here,
    everyone: () => true,
  };

  const visible = useMemo(() => {
    const words = fold(q).split(/\s+/).filter(Boolean);
    return rows.filter((r) => inView[view](r) && words.every((w) => fold(`${r.name} ${r.group ?? ''}`).includes(w)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- inView follows taps and rows, listed here
  }, [rows, q, view, taps]);
  const count = rows.filter(here).length;

  const tap = (id: string, was: boolean) => {
    const attended = !was;
    setTaps((h) => ({ ...h, [id]: attended }));
    setSaving((s) => ({ ...s, [id]: 'saving' }));
    startTransition(async () => {
      let ok = false;
      try {
        ok = (await checkInAction(null, { commitmentId: id, attended })).ok;
      } catch {
        ok = false; // offline or a dropped connection
      }
      setSaving((s) => ({ ...s, [id]: ok ? undefined : 'failed' }));
      if (!ok) setTaps((h) => ({ ...h, [id]: was }));
    });
  };

  return (
    <div>
      <div className="sticky top-[6.5rem] z-10 -mx-4 mb-3 space-y-2 border-b border-stone-200 bg-stone-50/95 px-4 pt-1 pb-3 backdrop-blur lg:top-0">
        <p className="text-lg font-semibold text-brand-800 tabular-nums" role="status" aria-live="polite">{t('count', { count, goal })}</p>
        <label htmlFor="check-in-q" className="sr-only">{t('search')}</label>
        <input id="check-in-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('search')} autoComplete="off"
          className="block w-full rounded-lg border border-stone-300 bg-white px-4 py-3 text-lg focus:border-brand-600 focus:ring-2 focus:ring-brand-200 focus:outline-none" />
        <div role="group" aria-label={tv('label')} className="flex flex-wrap gap-2">
          {VIEWS.map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}
              className={`rounded-full px-3 py-1.5 text-sm font-medium ring-1 ${view === v ? 'bg-brand-700 text-white ring-brand-700' : 'bg-white text-stone-800 ring-stone-300'}`}>
              {tv(v)} <span className="tabular-nums">({rows.filter(inView[v]).length})</span>
            </button>
          ))}
        </div>
      </div>
      {visible.length === 0 ? <p className="py-6 text-center text-stone-600">{view === 'missing' && !q ? tv('missingEmpty') : t('nobody')}</p> : null}
      <ul className="space-y-2" data-testid="check-in-list">
        {visible.map((r) => {
          const on = here(r);
          const state = saving[r.id];
          return (
            <li key={r.id}>
              <button type="button" onClick={() => tap(r.id, on)} aria-pressed={on} data-id={r.id}
                className={`flex min-h-16 w-full items-center gap-3 rounded-xl border-2 px-4 py-3 text-left transition-colors ${on ? 'border-brand-700 bg-brand-700 text-white' : 'border-stone-200 bg-white text-stone-900 active:bg-stone-100'}`}>
                <span aria-hidden className={`flex size-8 shrink-0 items-center justify-center rounded-full text-lg font-bold ${on ? 'bg-white text-brand-800' : 'border-2 border-stone-300'}`}>{on ? '✓' : ''}</span>
                <span className="min-w-0 flex-1">
                  <span className="block truncate text-lg font-semibold">{r.name}</span>
                  <span className={`block truncate text-sm ${on ? 'text-brand-100' : 'text-stone-600'}`}>
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
