'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { TServerAction } from '@/components/forms/server-action';
import { Combobox } from '@/components/ui/combobox';
import type { TPersonHit } from '@/lib/data/people/search';
import type { TPersonSearchInput } from '@/lib/validation/person-search';

/** A person search, as the pages hand it down: the action answers only people in the user's scope. */
export type TPersonSearchAction = TServerAction<TPersonSearchInput, TPersonHit[]>;

type TProps = {
  label: string;
  search: TPersonSearchAction;
  /** The circle or organization the person would join, for its candidates action. */
  targetId?: string;
  /** People not to offer: those already chosen, the person whose page it is. */
  exclude?: string[];
  hint?: string;
  error?: string;
  /** Said when no one matches, where the page knows why ("or they are already here"). */
  noResults?: string;
} & ({ name: string; onPick?: never } | { name?: never; onPick: (person: TPersonHit) => void });

/**
 * The one person field, over the one combobox. With `name`: one person, sent in a hidden field
 * of that name; the box shows who was chosen, and typing again forgets them. With `onPick`: each
 * person chosen is handed over and the box empties for the next (the interaction form's people).
 */
export function PersonPicker({ label, search, targetId, exclude, hint, error, noResults, name, onPick }: TProps) {
  const t = useTranslations('personPicker');
  const [chosen, setChosen] = useState('');
  const find = async (q: string) => {
    const result = await search(null, { q, targetId, exclude });
    return result.ok ? result.data.map((p) => ({ ...p, key: p.id, label: p.name, detail: p.place })) : [];
  };
  return (
    <div>
      {name ? <input type="hidden" name={name} value={chosen} /> : null}
      <Combobox
        label={label}
        search={find}
        keepPicked={Boolean(name)}
        onPick={({ id, name: personName, place }) => (onPick ? onPick({ id, name: personName, place }) : setChosen(id))}
        onType={() => setChosen('')}
        placeholder={t('placeholder')}
        messages={{ searching: t('searching'), noResults: noResults ?? t('noResults') }}
        hint={hint}
        error={error}
      />
    </div>
  );
}
