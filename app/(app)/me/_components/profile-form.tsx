'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { LANGUAGES, MAX_CONTACT_ROWS } from '@/lib/validation/person';
import { updateMyProfileAction } from '../actions';
import { BigChoice, BigField, BigSelect, Section } from './big-inputs';

type TValues = Record<string, string | string[] | boolean>;

/** "My profile": one column, one save button, plain words. What was typed survives a failed save. */
type TProps = {
  initial: TValues;
  version: number;
  rows: { phones: number; emails: number };
  /** The preferred languages to choose from, named in the reader's language, their own among them. */
  languages: { value: string; label: string }[];
};

export function ProfileForm({ initial, version, rows, languages }: TProps) {
  const t = useTranslations('me');
  const tl = useTranslations('personForm.lang');
  const { state, action, failed, errors: err, str, bool, list } = useActionForm(updateMyProfileAction, { initial });
  const langs = list('languages');
  const conflict = typeof failed?.details?.currentVersion === 'number' ? (failed.details.currentVersion as number) : null;
  // Show the numbers and addresses there are, plus one empty row to add another.
  const phoneRows = Math.min(MAX_CONTACT_ROWS, rows.phones + 1);
  const emailRows = Math.min(MAX_CONTACT_ROWS, rows.emails + 1);

  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} success={t('saved')} />
      {conflict ? (
        <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-4 text-base text-red-900">
          <p>{t('conflict')}</p>
          <button type="submit" name="acceptVersion" value={conflict} className="mt-3 min-h-12 rounded-lg bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">
            {t('saveMine')}
          </button>
        </div>
      ) : null}

      <Section title={t('phones')} hint={t('phonesHint')}>
        {Array.from({ length: phoneRows }, (_, i) => (
          <div key={`phone-${i}`} className="space-y-2 border-b border-stone-100 pb-3 last:border-0 last:pb-0">
            <BigField
              name={`phones.${i}.e164`}
              type="tel"
              inputMode="tel"
              autoComplete={i === 0 ? 'tel' : 'off'}
              label={i === 0 ? t('phone') : t('otherPhone')}
              defaultValue={str(`phones.${i}.e164`)}
              error={err[`phones.${i}.e164`]}
            />
            <BigChoice name={`phones.${i}.smsCapable`} label={t('textsOk')} defaultChecked={str(`phones.${i}.e164`) ? bool(`phones.${i}.smsCapable`) : true} />
            <BigChoice name={`phones.${i}.doNotCall`} label={t('noCalls')} defaultChecked={bool(`phones.${i}.doNotCall`)} />
          </div>
        ))}
      </Section>

      <Section title={t('emails')}>
        {Array.from({ length: emailRows }, (_, i) => (
          <div key={`email-${i}`} className="space-y-2 border-b border-stone-100 pb-3 last:border-0 last:pb-0">
            <BigField
              name={`emails.${i}.email`}
              type="email"
              inputMode="email"
              autoComplete={i === 0 ? 'email' : 'off'}
              label={i === 0 ? t('email') : t('otherEmail')}
              defaultValue={str(`emails.${i}.email`)}
              error={err[`emails.${i}.email`]}
            />
            <BigChoice name={`emails.${i}.subscribed`} label={t('emailsOk')} defaultChecked={str(`emails.${i}.email`) ? bool(`emails.${i}.subscribed`) : true} />
          </div>
        ))}
      </Section>

      <Section title={t('languages')}>
        <BigSelect name="preferredLanguage" label={t('preferredLanguage')} defaultValue={str('preferredLanguage') || 'es'} error={err.preferredLanguage} options={languages} />
        <p className="pt-2 text-base font-medium text-stone-800">{t('languagesSpoken')}</p>
        <div className="grid gap-2 sm:grid-cols-2">
          {LANGUAGES.map((l) => (
            <BigChoice key={l} name="languages" value={l} label={tl(l)} defaultChecked={langs.includes(l)} />
          ))}
        </div>
      </Section>

      <Section title={t('contactChoices')}>
        <BigChoice name="contactConsent" label={t('consent')} defaultChecked={bool('contactConsent')} />
        <BigChoice name="doNotContact" label={t('doNotContact')} defaultChecked={bool('doNotContact')} />
      </Section>

      <SubmitButton pendingLabel={t('saving')} className="min-h-12 w-full text-lg sm:w-auto">
        {t('save')}
      </SubmitButton>
    </form>
  );
}
