'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { SelectField } from '@/components/forms/select-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { deletePrecinctAction } from '../actions';

/** Deleting a precinct: its people move to another first, chosen here; the server refuses otherwise. */
export function PrecinctDelete({ id, people, others }: { id: string; people: number; others: { id: string; label: string }[] }) {
  const t = useTranslations('places.precinct');
  const { state, action, pending, errors: err } = useActionForm(deletePrecinctAction);
  return (
    <details className="rounded-xl border border-red-200 bg-red-50/50 p-4" open={Boolean(state && !state.ok)}>
      <summary className="cursor-pointer font-medium text-red-800">{t('delete')}</summary>
      <form action={action} className="mt-3 space-y-3">
        <input type="hidden" name="id" value={id} />
        <p className="text-sm text-red-900">{t('deleteExplain', { count: people })}</p>
        {people > 0 ? (
          <SelectField name="moveTo" label={t('moveTo')} error={err.moveTo} options={[{ value: '', label: t('moveNowhere') }, ...others.map((o) => ({ value: o.id, label: o.label }))]} className="max-w-md" />
        ) : null}
        <FormMessage state={state} />
        <Button type="submit" variant="danger" disabled={pending}>
          {t('deleteConfirm')}
        </Button>
      </form>
    </details>
  );
}
