'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId } from 'react';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/input';
import type { TActionResult } from '@/lib/entry/action';
import type { TBulkResult } from '@/lib/data/people/bulk';
import { bulkAddTagAction, bulkAddToCircleAction, bulkRemoveTagAction } from '../actions';

type TOption = { id: string; name: string };
type TAction = (prev: TActionResult<TBulkResult> | null, form: FormData) => Promise<TActionResult<TBulkResult>>;

function BulkForm({ action, personIds, field, label, placeholder, options, onDone }: {
  action: TAction;
  personIds: string[];
  field: 'circleId' | 'tagId';
  label: string;
  placeholder: string;
  options: TOption[];
  onDone: (changed: number) => void;
}) {
  const { state, action: run } = useActionForm(action);
  const id = useId();
  useEffect(() => {
    if (state?.ok) onDone(state.data.changed);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per result
  }, [state]);
  const error = state && !state.ok ? (state.fieldErrors?.[field] ?? state.message) : undefined;
  return (
    <form action={run} className="flex min-w-0 flex-col gap-1">
      {personIds.map((p) => (
        <input key={p} type="hidden" name="personIds" value={p} />
      ))}
      <label htmlFor={id} className="text-xs font-medium text-stone-600">
        {label}
      </label>
      <div className="flex gap-2">
        <Select look="row" inline className="min-w-0 flex-1" id={id} name={field} required defaultValue="">
          <option value="" disabled>
            {placeholder}
          </option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
        <SubmitButton size="sm">{label}</SubmitButton>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </form>
  );
}

/** What can be done to the selected rows: join a circle, gain or lose a tag. */
export function BulkActions({ personIds, circles, addTags, removeTags, onDone, onClear }: {
  personIds: string[];
  circles: TOption[];
  addTags: TOption[];
  removeTags: TOption[];
  onDone: (changed: number) => void;
  onClear: () => void;
}) {
  const t = useTranslations('people');
  return (
    <section aria-label={t('bulk')} className="rounded-xl border border-brand-200 bg-brand-50/50 p-3">
      <div className="mb-2 flex items-center justify-between gap-2">
        <p className="text-sm font-medium text-brand-900" aria-live="polite">
          {t('selected', { count: personIds.length })}
        </p>
        <Button onClick={onClear} variant="link">
          {t('clearSelection')}
        </Button>
      </div>
      <div className="grid gap-3 md:grid-cols-3">
        {circles.length ? (
          <BulkForm action={bulkAddToCircleAction} personIds={personIds} field="circleId" label={t('addToCircle')} placeholder={t('chooseCircle')} options={circles} onDone={onDone} />
        ) : null}
        <BulkForm action={bulkAddTagAction} personIds={personIds} field="tagId" label={t('addTag')} placeholder={t('chooseTag')} options={addTags} onDone={onDone} />
        {removeTags.length ? (
          <BulkForm action={bulkRemoveTagAction} personIds={personIds} field="tagId" label={t('removeTag')} placeholder={t('chooseTag')} options={removeTags} onDone={onDone} />
        ) : null}
      </div>
    </section>
  );
}
