'use client';

import { useTranslations } from 'next-intl';
import { LengthCounter } from '@/components/forms/length-counter';
import { Input, Select } from '@/components/ui/input';
import { LIMITS } from '@/lib/validation/limits';
import { RELATIONSHIP_KINDS } from '@/lib/validation/relationship';


/** Kind, strength and note: the fields a relationship is added and edited with. */
export function RelationshipFields({ idPrefix, errors, initial }: {
  idPrefix: string;
  errors?: Record<string, string>;
  initial?: { kind: string; strength: number; note: string | null };
}) {
  const t = useTranslations('profile.relationships');
  const tk = useTranslations('profile.relationshipKind');
  const err = (k: string) => (errors?.[k] ? <p className="mt-1 text-sm text-red-700" role="alert">{errors[k]}</p> : null);
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${idPrefix}-kind`} className="mb-1 block text-sm font-medium text-stone-800">
            {t('kind')}
          </label>
          <Select id={`${idPrefix}-kind`} name="kind" defaultValue={initial?.kind ?? 'FRIEND'}>
            {RELATIONSHIP_KINDS.map((k) => (
              <option key={k} value={k}>
                {tk(k)}
              </option>
            ))}
          </Select>
          {err('kind')}
        </div>
        <fieldset>
          <legend className="mb-1 block text-sm font-medium text-stone-800">{t('strength')}</legend>
          <div className="flex gap-1">
            {[1, 2, 3].map((s) => (
              <label key={s} className="flex-1 cursor-pointer">
                <input type="radio" name="strength" value={s} defaultChecked={s === (initial?.strength ?? 2)} className="peer sr-only" />
                <span className="block rounded-md bg-white px-2 py-2 text-center text-sm ring-1 ring-stone-300 peer-checked:bg-brand-700 peer-checked:text-white peer-checked:ring-brand-700 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600">
                  {t(`strengthValue.${s}`)}
                </span>
              </label>
            ))}
          </div>
          {err('strength')}
        </fieldset>
      </div>
      <div>
        <label htmlFor={`${idPrefix}-note`} className="mb-1 block text-sm font-medium text-stone-800">
          {t('note')}
        </label>
        <Input id={`${idPrefix}-note`} name="note" defaultValue={initial?.note ?? ''} />
        <LengthCounter controlId={`${idPrefix}-note`} limit={LIMITS.shortNote} />
        {err('note')}
      </div>
    </>
  );
}
