'use client';

import { useTranslations } from 'next-intl';
import { ConflictPanel } from '@/components/forms/conflict-panel';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { usePersonFieldLabel, usePersonValueText } from '@/components/person-form/panels';
import { LANGUAGES, MAX_CONTACT_ROWS } from '@/lib/validation/person';
import { updateMyProfileAction } from '../actions';
import { Consent, EmailStatus, PhoneType } from '@/lib/generated/prisma/enums';
import { BigChoice, BigField, BigSelect, Section } from './big-inputs';

type TValues = Record<string, string | string[] | boolean>;

/** The rows to show: those with a number or address, plus one empty row to add another. */
const rowsOf = (str: (k: string) => string, kind: 'phones' | 'emails', main: string) =>
  Math.min(MAX_CONTACT_ROWS, Array.from({ length: MAX_CONTACT_ROWS }, (_, i) => str(`${kind}.${i}.${main}`)).filter(Boolean).length + 1);

/** "My profile": one column, one save button, plain words. What was typed survives a failed save. */
type TProps = {
  initial: TValues;
  version: number;
  /** The preferred languages to choose from, named in the reader's language, their own among them. */
  languages: { value: string; label: string }[];
};

export function ProfileForm({ initial, version, languages }: TProps) {
  const t = useTranslations('me');
  const tl = useTranslations('personForm.lang');
  const { state, action, failed, conflict, original, formKey, errors: err, str, bool, list } = useActionForm(updateMyProfileAction, { initial });
  const langs = list('languages');
  // An answer is theirs to give: a new row starts at "not decided", never at yes.
  const answer = (name: string) => str(name) || 'UNKNOWN';
  const fieldLabel = usePersonFieldLabel();
  const valueText = usePersonValueText([]);
  const phoneRows = rowsOf(str, 'phones', 'e164');
  const emailRows = rowsOf(str, 'emails', 'email');

  return (
    <form key={formKey} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="original" value={JSON.stringify(original)} />
      <FormMessage state={state} success={t('saved')} />
      {conflict ? (
        <ConflictPanel conflict={conflict} title={t('conflict')} saveLabel={t('saveMine')} label={fieldLabel} show={valueText} mine={failed?.values ?? {}} size="base" />
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
            <BigSelect name={`phones.${i}.type`} label={t('phoneType')} defaultValue={answer(`phones.${i}.type`)} options={Object.values(PhoneType).map((v) => ({ value: v, label: t(`phoneTypes.${v}`) }))} />
            <BigSelect name={`phones.${i}.smsConsent`} label={t('texts')} defaultValue={answer(`phones.${i}.smsConsent`)} options={Object.values(Consent).map((v) => ({ value: v, label: t(`textsAnswers.${v}`) }))} />
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
            <BigSelect name={`emails.${i}.status`} label={t('emailsChoice')} defaultValue={answer(`emails.${i}.status`)} options={Object.values(EmailStatus).map((v) => ({ value: v, label: t(`emailsAnswers.${v}`) }))} />
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
