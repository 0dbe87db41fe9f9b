'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { PersonPicker } from '@/components/forms/person-picker';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { LIMITS } from '@/lib/validation/limits';
import { addAffiliationAction, searchOrganizationCandidatesAction } from '../actions';

/** Find someone in reach by name and record their tie to the organization. */
export function AddAffiliationForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations('organization.people');
  const tPicker = useTranslations('personPicker');
  const [added, setAdded] = useState(0);
  const { state, action, errors } = useActionForm(addAffiliationAction, { onSuccess: () => setAdded((n) => n + 1) });

  return (
    <form action={action} className="space-y-3" noValidate aria-label={t('addTitle')}>
      <FormMessage state={state} success={state?.ok ? t('added', { name: state.data.name }) : undefined} />
      <input type="hidden" name="organizationId" value={organizationId} />
      <div key={added} className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_11rem] lg:grid-cols-[minmax(0,1fr)_11rem_auto_auto] lg:items-start">
        <PersonPicker label={t('person')} name="personId" targetId={organizationId} search={searchOrganizationCandidatesAction} noResults={tPicker('noneToAdd')} error={errors.personId} />
        <Field label={t('role')} name="role" limit={LIMITS.affiliationRole} placeholder={t('rolePlaceholder')} error={errors?.role} />
        <label className="flex items-center gap-2 text-sm font-medium text-stone-800 lg:pt-8">
          <input type="checkbox" name="isPointPerson" className="size-4 accent-brand-700" />
          {t('pointPerson')}
        </label>
        <div className="lg:pt-6">
          <SubmitButton pendingLabel={t('adding')} className="w-full sm:w-auto">
            {t('add')}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
