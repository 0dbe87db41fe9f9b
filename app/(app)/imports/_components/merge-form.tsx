'use client';

import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { LIMITS } from '@/lib/validation/limits';
import { startImportMergeAction } from '../actions';

/** Fill or overwrite, then the one button that brings the file in (with the households' "Same person" boxes, form="merge-<id>"). */
export function MergeForm({ id, people, mode, source }: { id: string; people: number; mode: 'FILL' | 'OVERWRITE'; source: string | null }) {
  const t = useTranslations('imports.review');
  const { state, action, pending, errors } = useActionForm(startImportMergeAction);
  const choice = (value: 'FILL' | 'OVERWRITE', label: string, help: string) => (
    <label className="flex cursor-pointer gap-3 rounded-lg border border-stone-200 bg-white p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
      <input type="radio" name="mode" value={value} defaultChecked={mode === value} className="mt-1 accent-brand-700" />
      <span>
        <span className="block font-medium text-stone-900">{label}</span>
        <span className="block text-sm text-stone-600">{help}</span>
      </span>
    </label>
  );
  return (
    <form id={`merge-${id}`} action={action} className="space-y-4">
      <input type="hidden" name="id" value={id} />
      <fieldset className="space-y-2">
        <legend className="mb-2 font-semibold text-stone-900">{t('mode')}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {choice('FILL', t('fill'), t('fillHelp'))}
          {choice('OVERWRITE', t('overwrite'), t('overwriteHelp'))}
        </div>
        <p className="text-sm text-stone-600">{t('optOuts')}</p>
      </fieldset>
      <Field label={t('source')} name="source" defaultValue={source ?? ''} limit={LIMITS.source} hint={t('sourceHint')} error={errors.source} className="max-w-md" />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {t('import', { count: people })}
      </Button>
    </form>
  );
}
