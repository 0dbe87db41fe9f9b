'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { TPersonChoice } from '@/lib/data/people/search';
import { PersonSearch, type TPersonSearchAction } from './person-search';

/** Picks one person into a hidden form field `name`; shows who was picked, with a way to change it. */
export function PersonPicker({ name, label, search, exclude, error, initial = null }: {
  name: string;
  search: TPersonSearchAction;
  label: string;
  exclude?: string[];
  error?: string;
  initial?: TPersonChoice | null;
}) {
  const t = useTranslations('profile.picker');
  const [picked, setPicked] = useState<TPersonChoice | null>(initial);
  if (!picked) return <PersonSearch label={label} search={search} onPick={setPicked} exclude={exclude} error={error} autoFocus={false} />;
  return (
    <div>
      <input type="hidden" name={name} value={picked.id} />
      <p className="mb-1 block text-sm font-medium text-stone-800">{label}</p>
      <div className="flex items-center justify-between gap-2 rounded-md border border-stone-300 bg-stone-50 px-3 py-2">
        <span className="font-medium text-stone-900">{picked.name}</span>
        <button type="button" onClick={() => setPicked(null)} className="text-sm text-brand-800 hover:underline">
          {t('change')}
        </button>
      </div>
      {error ? (
        <p className="mt-1 text-sm text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
