'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SelectField } from '@/components/forms/select-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { IMPORT_FIELDS, type TMapping } from '@/lib/vocabulary/import-fields';
import { checkImportRowsAction, saveImportOptionsAction } from '../actions';
import { LIMITS } from '@/lib/validation/limits';

type TProps = {
  id: string;
  headers: string[];
  sample: string[];
  mapping: TMapping;
  circles: { id: string; name: string }[];
  options: { circleId: string | null; tags: string[]; source: string | null };
  rows: number;
};

/** One select per column; changing one saves the mapping, and the page's preview follows. */
export function MappingForm({ id, headers, sample, mapping, circles, options, rows }: TProps) {
  const t = useTranslations('imports');
  const { state: saved, action: save, pending: saving } = useActionForm(saveImportOptionsAction);
  const { state: checked, action: check, pending: checking } = useActionForm(checkImportRowsAction);
  const saveButton = useRef<HTMLButtonElement>(null);
  const state = checked ?? saved;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const fieldOptions = [{ value: '', label: t('mapping.ignore') }, ...IMPORT_FIELDS.map((f) => ({ value: f, label: t(`field.${f}`) }))];

  return (
    <form action={check} className="space-y-6">
      <input type="hidden" name="id" value={id} />
      <section aria-labelledby="mapping-title">
        <h2 id="mapping-title" className="text-lg font-semibold text-stone-900">
          {t('mapping.title')}
        </h2>
        <p className="mb-3 text-sm text-stone-600">{t('mapping.help')}</p>
        <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white">
          {headers.map((header, i) => (
            <li key={i} className="grid gap-2 px-4 py-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_16rem] sm:items-center">
              <span className="font-medium break-words text-stone-900">{header || `#${i + 1}`}</span>
              <span className="truncate text-sm text-stone-500" title={sample[i]}>
                <span className="sr-only">{t('mapping.example')}: </span>
                {sample[i] || '—'}
              </span>
              <SelectField
                label={t('mapping.field')}
                id={`map-${i}`}
                name={`map.${i}`}
                aria-label={`${header}: ${t('mapping.field')}`}
                className="[&>label]:sr-only"
                defaultValue={mapping[i] ?? ''}
                options={fieldOptions}
                onChange={() => saveButton.current?.click()}
                error={errors?.[`mapping.${i}`]}
              />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="options-title" className="space-y-4 rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="options-title" className="font-semibold text-stone-900">
          {t('mapping.options')}
        </h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            label={t('mapping.circle')}
            name="circleId"
            defaultValue={options.circleId ?? ''}
            options={[{ value: '', label: t('mapping.noCircle') }, ...circles.map((c) => ({ value: c.id, label: c.name }))]}
            error={errors?.circleId}
          />
          <Field label={t('mapping.tags')} name="tags" defaultValue={options.tags.join(', ')} hint={t('mapping.tagsHint')} error={errors?.tags} limit={LIMITS.tagList} />
          <Field label={t('mapping.source')} name="source" defaultValue={options.source ?? ''} hint={t('mapping.sourceHint')} error={errors?.source} limit={LIMITS.source} />
        </div>
      </section>

      <FormMessage state={state} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={checking}>
          {t('mapping.check', { rows })}
        </Button>
        <Button
          ref={saveButton}
          type="submit"
          formAction={save}
          aria-busy={saving}
          variant="secondary"
>
          {t('mapping.save')}
        </Button>
      </div>
      <p className="text-sm text-stone-600">{t('mapping.checkHelp')}</p>
    </form>
  );
}
