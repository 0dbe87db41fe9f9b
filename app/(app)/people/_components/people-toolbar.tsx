'use client';

import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { controlClassFor } from '@/components/forms/control-class';
import { Button } from '@/components/ui/button';
import type { TPeopleFilterOptions } from '@/lib/data/people/options';
import { LADDER } from '@/lib/vocabulary/ladder';
import { VoterStatus } from '@/lib/generated/prisma/enums';
import { peopleListHref } from '@/lib/validation/search-params';
import { LANGUAGES } from '@/lib/validation/person';

// The search box and the filters: one GET form (it works without JavaScript), which with
// JavaScript searches as you type and applies each filter as it changes, keeping everything in
// the URL. Any change starts again at the first page.

type TParams = Record<string, string | number | boolean | undefined>;

const field = controlClassFor({ size: 'toolbar' });

function Select({ name, label, value, children, onChange }: {
  name: string;
  label: string;
  value?: string | number | boolean;
  children: React.ReactNode;
  onChange: (e: ChangeEvent<HTMLSelectElement>) => void;
}) {
  const t = useTranslations('people');
  const id = useId();
  return (
    <div className="text-sm">
      <label htmlFor={id} className="mb-1 block font-medium text-stone-700">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value === undefined ? '' : String(value)} onChange={onChange} className={field}>
        <option value="">{t('any')}</option>
        {children}
      </select>
    </div>
  );
}

export function PeopleToolbar({ params, options, activeFilters, clearHref, canFilterFollowUps }: {
  params: TParams;
  /** Members see no interactions, so they are offered no follow-up or last-contacted filter (the data layer drops them too). */
  canFilterFollowUps: boolean;
  options: TPeopleFilterOptions;
  activeFilters: number;
  clearHref: string;
}) {
  const tStage = useTranslations('stage');
  const tVoter = useTranslations('voter');
  const tp = useTranslations('people');
  const locale = useLocale();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [ward, setWard] = useState(params.ward ? String(params.ward) : '');
  const urlQ = params.q ? String(params.q) : '';
  const [q, setQ] = useState(urlQ);
  // The search this box sent to the URL and the URL has not caught up with yet (null: none).
  const [sent, setSent] = useState<string | null>(null);
  // The URL wins when it changes from elsewhere (a link, back, "clear filters"), but not when it
  // catches up with a search typed here, which would undo what was typed since. Adjusted while
  // rendering, not in an effect: an effect that runs late after hydration would wipe out what
  // someone typed meanwhile.
  const [seenQ, setSeenQ] = useState(urlQ);
  if (urlQ !== seenQ) {
    setSeenQ(urlQ);
    if (urlQ === sent) setSent(null);
    else setQ(urlQ);
  }
  useEffect(() => () => clearTimeout(timer.current), []);

  const go = () => {
    if (!form.current) return;
    const data = Object.fromEntries([...new FormData(form.current).entries()].map(([k, v]) => [k, String(v)]));
    const next = data.q?.trim() ?? '';
    setSent(next === urlQ ? null : next);
    router.replace(peopleListHref({ ...data, due: data.due === '1' }), { scroll: false });
  };
  const soon = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(go, 250);
  };
  const languageName = (code: string) => {
    try {
      const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
      return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
    } catch {
      return code;
    }
  };
  // "Speaks" offers the languages people prefer here and the form's usual ones, Spanish among them.
  const spoken = [...new Set([...options.languages, ...LANGUAGES.filter((l) => l !== 'other')])].sort((a, b) => languageName(a).localeCompare(languageName(b), locale));
  const quietDays = [...new Set([30, 60, 90, 180, 365, ...(typeof params.quiet === 'number' ? [params.quiet] : [])])].sort((a, b) => a - b);
  const precincts = ward ? options.precincts.filter((p) => options.wards.find((w) => w.id === ward)?.number === p.ward) : options.precincts;

  return (
    <form
      ref={form}
      action="/people"
      method="get"
      role="search"
      className="mb-4 space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        clearTimeout(timer.current);
        go();
      }}
    >
      {['sort', 'dir', 'size'].map((k) => (params[k] !== undefined ? <input key={k} type="hidden" name={k} value={String(params[k])} /> : null))}
      <div className="flex gap-2">
        <label htmlFor="people-q" className="sr-only">
          {tp('search')}
        </label>
        <input
          id="people-q"
          name="q"
          type="search"
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            soon();
          }}
          placeholder={tp('searchPlaceholder')}
          autoComplete="off"
          className={`${field} max-w-md`}
        />
        <Button type="submit" size="md">
          {tp('searchButton')}
        </Button>
      </div>
      <details className="rounded-xl border border-stone-200 bg-white" open={activeFilters > 0 ? true : undefined}>
        <summary className="flex cursor-pointer items-center justify-between gap-2 px-4 py-2.5 text-sm font-medium text-stone-700">
          <span>
            {tp('filters')}
            {activeFilters ? <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800">{tp('filtersActive', { count: activeFilters })}</span> : null}
          </span>
          {activeFilters ? (
            <Link href={clearHref} className="text-sm font-normal text-brand-800 hover:underline">
              {tp('clearFilters')}
            </Link>
          ) : null}
        </summary>
        <div className="grid grid-cols-2 gap-3 border-t border-stone-100 p-4 lg:grid-cols-4">
          {options.wards.length > 1 ? (
            <Select name="ward" label={tp('ward')} value={params.ward} onChange={(e) => {
                setWard(e.target.value);
                go();
              }}>
              {options.wards.map((w) => (
                <option key={w.id} value={w.id}>
                  {tp('wardNumber', { number: w.number })}
                </option>
              ))}
            </Select>
          ) : null}
          <Select name="precinct" label={tp('precinctOnly')} value={params.precinct} onChange={go}>
            {precincts.map((p) => (
              <option key={p.id} value={p.id}>
                {`${p.ward}-${p.number}`}
              </option>
            ))}
          </Select>
          {options.circles.length ? (
            <Select name="circle" label={tp('circle')} value={params.circle} onChange={go}>
              {options.circles.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          ) : null}
          {options.organizations.length ? (
            <Select name="org" label={tp('organization')} value={params.org} onChange={go}>
              {options.organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          ) : null}
          <Select name="stage" label={tp('stage')} value={params.stage} onChange={go}>
            {LADDER.map((s) => (
              <option key={s} value={s}>
                {tStage(s)}
              </option>
            ))}
          </Select>
          {options.tags.length ? (
            <Select name="tag" label={tp('tag')} value={params.tag} onChange={go}>
              {options.tags.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tag.name}
                </option>
              ))}
            </Select>
          ) : null}
          <Select name="lang" label={tp('preferredLanguage')} value={params.lang} onChange={go}>
            {options.languages.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </Select>
          <Select name="speaks" label={tp('speaks')} value={params.speaks} onChange={go}>
            {spoken.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </Select>
          {canFilterFollowUps ? (
            <Select name="quiet" label={tp('quiet')} value={params.quiet} onChange={go}>
              {quietDays.map((d) => (
                <option key={d} value={d}>
                  {tp('quietDays', { count: d })}
                </option>
              ))}
              <option value="never">{tp('quietNever')}</option>
            </Select>
          ) : null}
          <Select name="voter" label={tp('registeredVoter')} value={params.voter} onChange={go}>
            {Object.values(VoterStatus).map((v) => (
              <option key={v} value={v}>
                {tVoter(v)}
              </option>
            ))}
          </Select>
          {canFilterFollowUps ? (
            <label className="col-span-2 flex items-center gap-2 self-end pb-2 text-sm font-medium text-stone-700 sm:col-span-1">
              <input type="checkbox" name="due" value="1" defaultChecked={Boolean(params.due)} onChange={go} className="size-4 accent-brand-700" />
              {tp('followUpDue')}
            </label>
          ) : null}
          <noscript>
            <Button type="submit" variant="secondary" size="md">
              {tp('apply')}
            </Button>
          </noscript>
        </div>
      </details>
    </form>
  );
}
