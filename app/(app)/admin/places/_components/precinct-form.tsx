'use client';

import { useTranslations } from 'next-intl';
import { Checkbox } from '@/components/forms/checkbox';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { PersonPicker, type TPersonSearchAction } from '@/components/forms/person-picker';
import { SelectField } from '@/components/forms/select-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { updatePrecinctAction } from '../actions';

type TProps = {
  precinct: { id: string; number: number; name: string | null; captain: { id: string; name: string } | null; team: { id: string; name: string } | null };
  circles: { id: string; name: string }[];
  searchPeople: TPersonSearchAction;
};

/** A precinct's number, name, captain (chosen with the person picker) and precinct team. */
export function PrecinctForm({ precinct, circles, searchPeople }: TProps) {
  const t = useTranslations('places');
  const { state, action, errors: err, str } = useActionForm(updatePrecinctAction, {
    initial: { number: String(precinct.number), name: precinct.name ?? '', teamCircleId: precinct.team?.id ?? '' },
  });
  return (
    <form action={action} className="max-w-2xl space-y-4" noValidate>
      <input type="hidden" name="id" value={precinct.id} />
      <input type="hidden" name="captainId" value={precinct.captain?.id ?? ''} />
      <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
        <Field name="number" label={t('precincts.number')} type="number" inputMode="numeric" min={1} max={9999} defaultValue={str('number')} error={err.number} required />
        <Field name="name" label={t('precincts.name')} hint={t('precincts.nameHint')} defaultValue={str('name')} error={err.name} />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-800">{t('precinct.captain')}</legend>
        {precinct.captain ? <p className="text-sm text-stone-700">{t('precinct.currentCaptain', { name: precinct.captain.name })}</p> : null}
        <PersonPicker name="newCaptainId" label={t('precinct.pickCaptain')} hint={t('precinct.pickCaptainHint')} search={searchPeople} error={err.captainId} />
        {precinct.captain ? <Checkbox name="removeCaptain" label={t('precinct.removeCaptain')} /> : null}
      </fieldset>
      <SelectField
        name="teamCircleId"
        label={t('precinct.team')}
        defaultValue={str('teamCircleId')}
        error={err.teamCircleId}
        options={[{ value: '', label: t('precinct.teamNone') }, ...circles.map((c) => ({ value: c.id, label: c.name }))]}
      />
      <FormMessage state={state} success={t('precinct.saved')} />
      <SubmitButton>{t('precinct.save')}</SubmitButton>
    </form>
  );
}
