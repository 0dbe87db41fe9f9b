'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import type { TActionResult } from '@/lib/entry/action';
import { FIRST_STAGE, LADDER } from '@/lib/vocabulary/ladder';
import { LANGUAGES, MAX_CONTACT_ROWS } from '@/lib/validation/person';
import { ConflictPanel, DuplicatePanel } from './panels';
import { Checkbox } from '@/components/forms/checkbox';
import { Field } from '@/components/forms/field';
import { Fieldset } from '@/components/forms/fieldset';
import { SelectField } from '@/components/forms/select-field';
import { TextareaField } from '@/components/forms/textarea-field';
import { buttonClass } from '@/components/ui/button';
import { useActionForm } from '@/components/forms/use-action-form';

type TValues = Record<string, string | string[] | boolean>;
type TProps<T> = {
  action: (prev: TActionResult<T> | null, form: FormData) => Promise<TActionResult<T>>;
  initial: TValues;
  version?: number;
  precincts: { id: string; label: string }[];
  /** The preferred languages to choose from, named in the reader's language, the person's own among them. */
  languages: { value: string; label: string }[];
  /** Whether the user may move people up the ladder; others leave it as it is. */
  canSetStage: boolean;
  cancelHref: string;
  submitLabel: string;
};

const VOTER = ['UNKNOWN', 'YES', 'NO'] as const;

/** Create or edit a person. What the user typed survives every failed save (React resets forms to defaultValue). */
export function PersonForm<T>({ action, initial, version, precincts, languages, canSetStage, cancelHref, submitLabel }: TProps<T>) {
  const t = useTranslations('personForm');
  const tPerson = useTranslations('person');
  const tPeople = useTranslations('people');
  const tStage = useTranslations('stage');
  const tVoter = useTranslations('voter');
  const { state, action: formAction, failed, errors: err, str, bool, list } = useActionForm(action, { initial });
  const langs = list('languages');

  return (
    <form action={formAction} className="space-y-5" noValidate>
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <input type="hidden" name="original" value={JSON.stringify(initial)} />
      {typeof initial.id === 'string' ? <input type="hidden" name="id" value={initial.id} /> : null}
      <FormMessage state={state} />
      {failed?.details?.duplicates ? <DuplicatePanel people={failed.details.duplicates as { id: string; name: string }[]} /> : null}
      {failed?.details?.currentVersion ? (
        <ConflictPanel currentVersion={failed.details.currentVersion as number} theirs={(failed.details.theirs ?? []) as { field: string; value: string }[]} />
      ) : null}

      <Fieldset legend={t('name')}>
        <Field name="givenName" label={t('givenName')} defaultValue={str('givenName')} error={err.givenName} autoComplete="off" />
        <Field name="familyName" label={t('familyName')} defaultValue={str('familyName')} error={err.familyName} autoComplete="off" />
        <Field name="preferredName" label={t('preferredName')} defaultValue={str('preferredName')} error={err.preferredName} autoComplete="off" />
        <Field name="pronouns" label={tPerson('pronouns')} defaultValue={str('pronouns')} error={err.pronouns} />
      </Fieldset>

      <Fieldset legend={tPerson('contact')}>
        {Array.from({ length: MAX_CONTACT_ROWS }, (_, i) => (
          <div key={`phone-${i}`} className="space-y-2">
            <Field name={`phones.${i}.e164`} type="tel" inputMode="tel" label={`${tPerson('phones')} ${i + 1}`} defaultValue={str(`phones.${i}.e164`)} error={err[`phones.${i}.e164`]} />
            <div className="flex flex-wrap gap-4">
              <Checkbox name={`phones.${i}.smsCapable`} label={t('sms')} defaultChecked={i >= 1 && !str(`phones.${i}.e164`) ? true : bool(`phones.${i}.smsCapable`)} />
              <Checkbox name={`phones.${i}.doNotCall`} label={tPerson('doNotCall')} defaultChecked={bool(`phones.${i}.doNotCall`)} />
            </div>
          </div>
        ))}
        {Array.from({ length: MAX_CONTACT_ROWS }, (_, i) => (
          <div key={`email-${i}`} className="space-y-2">
            <Field name={`emails.${i}.email`} type="email" inputMode="email" label={`${tPerson('emails')} ${i + 1}`} defaultValue={str(`emails.${i}.email`)} error={err[`emails.${i}.email`]} />
            <Checkbox name={`emails.${i}.subscribed`} label={t('subscribed')} defaultChecked={bool(`emails.${i}.subscribed`)} />
          </div>
        ))}
        <div className="flex flex-col gap-2 sm:col-span-2">
          <Checkbox name="contactConsent" label={tPerson('consent')} defaultChecked={bool('contactConsent')} />
          <Checkbox name="doNotContact" label={<strong className="text-red-800">{tPerson('doNotContact')}</strong>} defaultChecked={bool('doNotContact')} />
        </div>
      </Fieldset>

      <Fieldset legend={tPerson('address')}>
        <Field name="street" label={t('street')} defaultValue={str('street')} error={err.street} className="sm:col-span-2" />
        <Field name="city" label={t('city')} defaultValue={str('city')} error={err.city} />
        <Field name="postalCode" label={t('postalCode')} defaultValue={str('postalCode')} error={err.postalCode} />
        <SelectField name="precinctId" label={tPeople('precinct')} defaultValue={str('precinctId')} error={err.precinctId} options={[{ value: '', label: '—' }, ...precincts.map((p) => ({ value: p.id, label: p.label }))]} />
      </Fieldset>

      <Fieldset legend={t('organizing')}>
        {canSetStage ? (
          <SelectField name="ladderStage" label={tPeople('stage')} defaultValue={str('ladderStage') || FIRST_STAGE} error={err.ladderStage} options={LADDER.map((s) => ({ value: s, label: tStage(s) }))} />
        ) : null}
        <SelectField name="registeredVoter" label={tPeople('voter')} defaultValue={str('registeredVoter') || 'UNKNOWN'} error={err.registeredVoter} options={VOTER.map((s) => ({ value: s, label: tVoter(s) }))} />
        <SelectField name="preferredLanguage" label={tPeople('language')} defaultValue={str('preferredLanguage') || 'es'} error={err.preferredLanguage} options={languages} />
        <div>
          <span className="mb-1 block text-sm font-medium text-stone-800">{tPerson('languages')}</span>
          <div className="flex flex-wrap gap-3">
            {LANGUAGES.map((l) => (
              <Checkbox key={l} name="languages" value={l} label={t(`lang.${l}`)} defaultChecked={langs.includes(l)} />
            ))}
          </div>
        </div>
        <Field name="tags" label={tPerson('tags')} defaultValue={str('tags')} error={err.tags} />
        <Field name="source" label={tPerson('source')} defaultValue={str('source')} error={err.source} />
        <TextareaField name="notes" label={tPerson('notes')} defaultValue={str('notes')} error={err.notes} className="sm:col-span-2" />
      </Fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel={t('saving')}>{submitLabel}</SubmitButton>
        <Link href={cancelHref} className={buttonClass('ghost')}>
          {t('cancel')}
        </Link>
      </div>
    </form>
  );
}
