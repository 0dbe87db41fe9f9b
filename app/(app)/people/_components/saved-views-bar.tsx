'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { Checkbox } from '@/components/forms/checkbox';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import type { TSavedView } from '@/lib/data/people/saved-views';
import { LIMITS } from '@/lib/validation/limits';
import { deleteSavedViewAction, saveViewAction } from '../saved-view-actions';

/**
 * The saved views above the people table, each one tap away with its count (in the viewer's own
 * scope), and "Save this view" for the filters and sort in the URL now.
 */
export function SavedViewsBar({ views, current, query }: { views: TSavedView[]; current: string; query: string }) {
  const t = useTranslations('savedViews');
  const format = useFormatter();
  return (
    <section aria-label={t('title')} className="mb-3 flex flex-wrap items-center gap-2">
      {views.map((v) => (
        <span key={v.id} className={`inline-flex items-center rounded-full text-sm ring-1 ${v.href === current ? 'bg-brand-700 text-white ring-brand-700' : 'bg-white text-stone-800 ring-stone-300'}`}>
          <Link href={v.href} aria-current={v.href === current ? 'page' : undefined} className="flex items-center gap-2 py-1.5 pr-2 pl-3 font-medium">
            {v.name}
            <span className={`tabular-nums ${v.href === current ? 'text-brand-100' : 'text-stone-600'}`}>
              {v.capped ? `${format.number(v.count)}+` : format.number(v.count)}
            </span>
          </Link>
          {v.mine ? <DeleteView id={v.id} name={v.name} /> : null}
        </span>
      ))}
      <SaveView query={query} />
    </section>
  );
}

function DeleteView({ id, name }: { id: string; name: string }) {
  const t = useTranslations('savedViews');
  const { action, pending } = useActionForm(deleteSavedViewAction);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} aria-label={t('delete', { name })} className="mr-1 rounded-full px-2 py-1 opacity-70 hover:bg-stone-100 hover:opacity-100">
        ×
      </button>
    </form>
  );
}

function SaveView({ query }: { query: string }) {
  const t = useTranslations('savedViews');
  const { state, action, errors, stampKey, keyInput } = useActionForm(saveViewAction);
  return (
    <details className="group" open={state && !state.ok ? true : undefined}>
      <summary className="cursor-pointer rounded-full px-3 py-1.5 text-sm font-medium text-brand-800 ring-1 ring-brand-200 hover:bg-brand-50">
        {t('save')}
      </summary>
      <form action={action} onSubmit={stampKey} className="mt-2 flex flex-wrap items-end gap-3 rounded-xl border border-stone-200 bg-white p-3">
        <input {...keyInput} />
        <input type="hidden" name="query" value={query} />
        <Field label={t('name')} name="name" required limit={LIMITS.savedViewName} placeholder={t('namePlaceholder')} error={errors.name} className="min-w-64" />
        <Checkbox
          name="shared"
          label={
            <span>
              {t('share')}
              <span className="block text-xs text-stone-600">{t('shareHint')}</span>
            </span>
          }
        />
        <SubmitButton size="md">{t('submit')}</SubmitButton>
        <div className="w-full">
          <FormMessage state={state} success={t('saved')} />
        </div>
      </form>
    </details>
  );
}
