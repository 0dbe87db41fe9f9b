'use client';

import { useTranslations } from 'next-intl';
import { Checkbox } from '@/components/forms/checkbox';
import { Field } from '@/components/forms/field';
import { SelectField } from '@/components/forms/select-field';
import { Consent, EmailStatus, PhoneType } from '@/lib/generated/prisma/enums';
import { LIMITS } from '@/lib/validation/limits';
import { MAX_CONTACT_ROWS } from '@/lib/validation/person';

type TProps = { str: (name: string) => string; bool: (name: string) => boolean; err: Record<string, string | undefined> };

/**
 * The person form's phones and emails, each with what the person said about texts or email:
 * recorded as yes, no or unknown, never guessed; a new row starts at unknown.
 */
export function ContactRows({ str, bool, err }: TProps) {
  const t = useTranslations('consent');
  const tPerson = useTranslations('person');
  const answer = (name: string) => str(name) || 'UNKNOWN';
  return (
    <>
      <p className="text-sm text-stone-600 sm:col-span-2">{t('hint')}</p>
      {Array.from({ length: MAX_CONTACT_ROWS }, (_, i) => (
        <div key={`phone-${i}`} className="grid gap-2 sm:col-span-2 sm:grid-cols-3">
          <Field name={`phones.${i}.e164`} type="tel" inputMode="tel" label={`${tPerson('phones')} ${i + 1}`} defaultValue={str(`phones.${i}.e164`)} error={err[`phones.${i}.e164`]} limit={LIMITS.phoneTyped} />
          <SelectField name={`phones.${i}.type`} label={t('phoneType')} defaultValue={answer(`phones.${i}.type`)} options={Object.values(PhoneType).map((v) => ({ value: v, label: t(`phoneTypes.${v}`) }))} />
          <SelectField name={`phones.${i}.smsConsent`} label={t('sms')} defaultValue={answer(`phones.${i}.smsConsent`)} options={Object.values(Consent).map((v) => ({ value: v, label: t(`smsAnswers.${v}`) }))} />
          <Checkbox name={`phones.${i}.doNotCall`} label={tPerson('doNotCall')} defaultChecked={bool(`phones.${i}.doNotCall`)} />
        </div>
      ))}
      {Array.from({ length: MAX_CONTACT_ROWS }, (_, i) => (
        <div key={`email-${i}`} className="grid gap-2 sm:col-span-2 sm:grid-cols-3">
          <Field name={`emails.${i}.email`} type="email" inputMode="email" label={`${tPerson('emails')} ${i + 1}`} defaultValue={str(`emails.${i}.email`)} error={err[`emails.${i}.email`]} limit={LIMITS.email} className="sm:col-span-2" />
          <SelectField name={`emails.${i}.status`} label={t('email')} defaultValue={answer(`emails.${i}.status`)} options={Object.values(EmailStatus).map((v) => ({ value: v, label: t(`emailAnswers.${v}`) }))} />
        </div>
      ))}
    </>
  );
}
