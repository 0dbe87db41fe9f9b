'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SelectField } from '@/components/forms/select-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { formatDay } from '@/lib/format/dates';
import { updateOrganizationSettingsAction } from '../actions';

type TProps = {
  current: { organizationName: string | null; timeZone: string; phoneCountry: string; version: number };
  /** Every IANA zone this server knows, for the list the field offers. */
  zones: string[];
  /** ISO country codes with their names in the reader's language. */
  countries: { value: string; label: string }[];
};

/** The organization's name, time zone and phone country. What was typed survives a refused save. */
export function OrganizationForm({ current, zones, countries }: TProps) {
  const t = useTranslations('orgSettings');
  const format = useFormatter();
  const { state, action, errors: err, str } = useActionForm(updateOrganizationSettingsAction, {
    initial: { organizationName: current.organizationName ?? '', timeZone: current.timeZone, phoneCountry: current.phoneCountry },
  });
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="version" value={current.version} />
      <Field name="organizationName" label={t('name')} hint={t('nameHint')} defaultValue={str('organizationName')} error={err.organizationName} className="max-w-md" />
      <Field name="timeZone" label={t('timeZone')} hint={t('timeZoneHint')} defaultValue={str('timeZone')} error={err.timeZone} list="time-zones" autoComplete="off" className="max-w-md" required />
      <datalist id="time-zones">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <SelectField name="phoneCountry" label={t('phoneCountry')} defaultValue={str('phoneCountry')} error={err.phoneCountry} options={countries} className="max-w-md" />
      <p className="text-sm text-stone-600">{t('phoneCountryHint')}</p>
      <FormMessage state={state} success={state?.ok ? t('saved', { today: formatDay(format, state.data.today) }) : undefined} />
      <SubmitButton>{t('save')}</SubmitButton>
    </form>
  );
}
