'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { searchPeopleAction } from '../actions';

type TFound = { id: string; name: string; precinct: string | null };

/** Links the invitation to someone already in Leaven, found by name; or leaves the invitee to enter their own. */
export function PersonPicker({ error }: { error?: string }) {
  const t = useTranslations('admin.invite');
  const [q, setQ] = useState('');
  const [found, setFound] = useState<TFound[] | null>(null);
  const [pending, start] = useTransition();
  const search = () =>
    start(async () => {
      const result = await searchPeopleAction(null, { q });
      setFound(result.ok ? result.data : []);
    });
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-sm font-medium text-stone-800">{t('person')}</legend>
      <label className="flex items-start gap-2 text-sm">
        <input type="radio" name="personId" value="" defaultChecked className="mt-0.5 size-4 accent-brand-700" />
        <span>{t('personNew')}</span>
      </label>
      <div className="flex gap-2">
        <label htmlFor="person-search" className="sr-only">
          {t('personSearch')}
        </label>
        <input
          id="person-search"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              search();
            }
          }}
          placeholder={t('personSearch')}
          className="w-full max-w-sm rounded-md border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-200 focus:outline-none"
        />
        <button type="button" onClick={search} disabled={pending || !q.trim()} className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium hover:bg-stone-100 disabled:opacity-60">
          {t('find')}
        </button>
      </div>
      {found && found.length === 0 ? <p className="text-sm text-stone-500">{t('noneFound')}</p> : null}
      {found?.map((p) => (
        <label key={p.id} className="flex items-start gap-2 text-sm">
          <input type="radio" name="personId" value={p.id} className="mt-0.5 size-4 accent-brand-700" />
          <span>
            {p.name}
            {p.precinct ? <span className="text-stone-500"> · {p.precinct}</span> : null}
          </span>
        </label>
      ))}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
