'use client';

import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { createPrecinctAction } from '../actions';

/** A new precinct in the ward shown; the form empties after each one, for the next. */
export function PrecinctAddForm({ wardId }: { wardId: string }) {
  const t = useTranslations('places.precincts');
  const { state, action, errors: err, str } = useActionForm(createPrecinctAction);
  const fresh = state?.ok ? 'added' : 'editing';
  return (
    <form action={action} className="grid items-start gap-3 sm:grid-cols-[8rem_1fr_auto]" noValidate>
      <input type="hidden" name="wardId" value={wardId} />
      <Field key={`${fresh}-number`} name="number" label={t('number')} type="number" inputMode="numeric" min={1} max={9999} defaultValue={state?.ok ? '' : str('number')} error={err.number} required />
      <Field key={`${fresh}-name`} name="name" label={t('name')} hint={t('nameHint')} defaultValue={state?.ok ? '' : str('name')} error={err.name} />
      <div className="sm:pt-6">
        <SubmitButton>{t('create')}</SubmitButton>
      </div>
      <div className="sm:col-span-3">
        <FormMessage state={state} success={t('created')} />
      </div>
    </form>
  );
}
