'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { plainValue } from '@/components/forms/conflict-panel';
import type { TInputValues } from '@/lib/validation/edits';

/** Possible duplicates among the people the user may see, with a way to save anyway. */
export function DuplicatePanel({ people }: { people: { id: string; name: string }[] }) {
  const t = useTranslations('personForm');
  return (
    <div role="alert" className="rounded-xl border border-crust-100 bg-crust-50 p-4 text-sm">
      <p className="font-medium text-crust-700">{t('duplicateTitle')}</p>
      <ul className="mt-2 list-disc pl-5">
        {people.map((p) => (
          <li key={p.id}>
            <Link href={`/people/${p.id}`} className="text-brand-800 underline" target="_blank">
              {p.name}
            </Link>
          </li>
        ))}
      </ul>
      <button type="submit" name="confirmDuplicate" value="1" className="mt-3 rounded-md border border-crust-500 bg-white px-3 py-1.5 font-medium text-crust-700 hover:bg-crust-100">
        {t('saveAnyway')}
      </button>
    </div>
  );
}

/** A person's field as the conflict panel shows it: precincts, stages, languages and boxes in words. */
export function usePersonValueText(precincts: { id: string; label: string }[]) {
  const t = useTranslations('personForm');
  const tStage = useTranslations('stage');
  const tVoter = useTranslations('voter');
  const tc = useTranslations('forms.conflict');
  const lang = (l: unknown) => (t.has(`lang.${String(l)}`) ? t(`lang.${String(l)}`) : String(l));
  return (field: string, values: TInputValues): string => {
    const v = values[field];
    const text = typeof v === 'string' ? v : '';
    switch (field) {
      case 'precinctId':
        return precincts.find((p) => p.id === text)?.label ?? '';
      case 'ladderStage':
        return text && tStage.has(text) ? tStage(text) : '';
      case 'registeredVoter':
        return text && tVoter.has(text) ? tVoter(text) : '';
      case 'preferredLanguage':
      case 'languages':
        return ([] as unknown[]).concat(v ?? []).filter(Boolean).map(lang).join(', ');
      default:
        return plainValue(field, values, (yes) => tc(yes ? 'yes' : 'no'));
    }
  };
}

/** A person's field's name, as the person form labels it. */
export function usePersonFieldLabel() {
  const t = useTranslations('personForm');
  return (field: string) => (t.has(`field.${field}`) ? t(`field.${field}`) : field);
}
