'use client';

import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { createWardAction, updateWardAction } from '../actions';

type TWard = { id: string; number: number; name: string | null };

/** A ward's number and name: a new ward, or one renamed or renumbered (its links stay). */
export function WardForm({ ward }: { ward?: TWard }) {
  const t = useTranslations('places');
  const initial = ward ? { number: String(ward.number), name: ward.name ?? '' } : undefined;
  const { state, action, errors: err, str } = useActionForm(ward ? updateWardAction : createWardAction, { initial });
  return (
    <form action={action} className="grid items-start gap-3 sm:grid-cols-[8rem_1fr_auto]" noValidate>
      {ward ? <input type="hidden" name="id" value={ward.id} /> : null}
      <Field
        key={state?.ok && !ward ? 'added' : 'editing'}
        name="number"
        label={t('wards.number')}
        type="number"
        inputMode="numeric"
        min={1}
        max={9999}
        defaultValue={state?.ok && !ward ? '' : str('number')}
        error={err.number}
        required
      />
      <Field key={state?.ok && !ward ? 'added-name' : 'editing-name'} name="name" label={t('wards.name')} hint={t('wards.nameHint')} defaultValue={state?.ok && !ward ? '' : str('name')} error={err.name} />
      <div className="sm:pt-6">
        <SubmitButton>{ward ? t('ward.save') : t('wards.create')}</SubmitButton>
      </div>
      <div className="sm:col-span-3">
        <FormMessage state={state} success={ward ? t('ward.saved') : t('wards.created')} />
      </div>
    </form>
  );
}
