'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { PersonPicker } from '@/components/forms/person-picker';
import { SelectField } from '@/components/forms/select-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { addCircleMemberAction, searchCircleCandidatesAction } from '../actions';

/** Find someone in reach by name and add them to the circle with a role and a date. */
export function AddMemberForm({ circleId, today }: { circleId: string; today: string }) {
  const t = useTranslations('circle.add');
  const tRole = useTranslations('circleRole');
  const tPicker = useTranslations('personPicker');
  // A new key after each success clears the form for the next person.
  const [added, setAdded] = useState(0);
  const { state, action, errors } = useActionForm(addCircleMemberAction, { onSuccess: () => setAdded((n) => n + 1) });

  return (
    <form action={action} className="space-y-3" noValidate aria-label={t('title')}>
      <FormMessage state={state} success={state?.ok ? t('added', { name: state.data.name }) : undefined} />
      <input type="hidden" name="circleId" value={circleId} />
      <div key={added} className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_9rem_10.5rem_auto] sm:items-start">
        <PersonPicker label={t('person')} name="personId" targetId={circleId} search={searchCircleCandidatesAction} noResults={tPicker('noneToAdd')} error={errors.personId} />
        <SelectField
          label={t('role')}
          name="role"
          defaultValue="MEMBER"
          options={(['MEMBER', 'LEADER'] as const).map((r) => ({ value: r, label: tRole(r) }))}
          error={errors?.role}
        />
        <Field label={t('since')} name="since" type="date" defaultValue={today} max={today} error={errors?.since} />
        <div className="sm:pt-6">
          <SubmitButton pendingLabel={t('submitting')} className="w-full sm:w-auto">
            {t('submit')}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
