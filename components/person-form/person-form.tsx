'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import type { TActionResult } from '@/lib/entry/action';
import { FIRST_STAGE, LADDER } from '@/lib/vocabulary/ladder';
import { LIMITS } from '@/lib/validation/limits';
import { LANGUAGES } from '@/lib/validation/person';
import { ConflictPanel } from '@/components/forms/conflict-panel';
import { ContactRows } from './contact-rows';
import { DuplicatePanel, usePersonFieldLabel, usePersonValueText } from './panels';
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
  cancelHref: string;
  submitLabel: string;
  /** Whether the user may set what organizers keep (can 'people.organize'); a member's form has none of it. */
  organizing: boolean;
};

const VOTER = ['UNKNOWN', 'YES', 'NO'] as const;

/** Create or edit a person. What the user typed survives every failed save (React resets forms to defaultValue). */
export function PersonForm<T>({ action, initial, version, precincts, languages, cancelHref, submitLabel, organizing }: TProps<T>) {
  const t = useTranslations('personForm');
  const tPerson = useTranslations('person');
  const tPeople = useTranslations('people');
  const tStage = useTranslations('stage');
  const tVoter = useTranslations('voter');
  const { state, action: formAction, stampKey, keyInput, failed, conflict, original, formKey, errors: err, str, bool, list } = useActionForm(action, { initial });
  const langs = list('languages');
  const fieldLabel = usePersonFieldLabel();
  const valueText = usePersonValueText(precincts);

  return (
    <form key={formKey} action={formAction} onSubmit={stampKey} className="space-y-5" noValidate>
      <input {...keyInput} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <input type="hidden" name="original" value={JSON.stringify(original)} />
      {typeof initial.id === 'string' ? <input type="hidden" name="id" value={initial.id} /> : null}
      <FormMessage state={state} />
      {failed?.details?.duplicates ? <DuplicatePanel people={failed.details.duplicates as { id: string; name: string }[]} /> : null}
      {conflict ? (
        <ConflictPanel conflict={conflict} title={t('conflictTitle')} saveLabel={t('saveMine')} label={fieldLabel} show={valueText} mine={failed?.values ?? {}} />
      ) : null}

      <Fieldset legend={t('name')}>
        <Field name="givenName" label={t('givenName')} defaultValue={str('givenName')} error={err.givenName} limit={LIMITS.personName} autoComplete="off" />
        <Field name="familyName" label={t('familyName')} defaultValue={str('familyName')} error={err.familyName} limit={LIMITS.personName} autoComplete="off" />
        <Field name="preferredName" label={t('preferredName')} defaultValue={str('preferredName')} error={err.preferredName} limit={LIMITS.personName} autoComplete="off" />
        <Field name="pronouns" label={tPerson('pronouns')} defaultValue={str('pronouns')} error={err.pronouns} limit={LIMITS.pronouns} />
      </Fieldset>

      <Fieldset legend={tPerson('contact')}>
        <ContactRows str={str} bool={bool} err={err} />
        <div className="flex flex-col gap-2 sm:col-span-2">
          <Checkbox name="contactConsent" label={tPerson('consent')} defaultChecked={bool('contactConsent')} />
          <Checkbox name="doNotContact" label={<strong className="text-red-800">{tPerson('doNotContact')}</strong>} defaultChecked={bool('doNotContact')} />
        </div>
      </Fieldset>

      <Fieldset legend={tPerson('address')}>
        <Field name="street" label={t('street')} defaultValue={str('street')} error={err.street} limit={LIMITS.street} className="sm:col-span-2" />
        <Field name="city" label={t('city')} defaultValue={str('city')} error={err.city} limit={LIMITS.city} />
        <Field name="postalCode" label={t('postalCode')} defaultValue={str('postalCode')} error={err.postalCode} limit={LIMITS.postalCode} />
        {organizing ? (
          <SelectField name="precinctId" label={tPeople('precinct')} defaultValue={str('precinctId')} error={err.precinctId} options={[{ value: '', label: '—' }, ...precincts.map((p) => ({ value: p.id, label: p.label }))]} />
        ) : null}
      </Fieldset>

      <Fieldset legend={organizing ? t('organizing') : tPerson('languages')}>
        {organizing ? (
          <>
            <SelectField name="ladderStage" label={tPeople('stage')} defaultValue={str('ladderStage') || FIRST_STAGE} error={err.ladderStage} options={LADDER.map((s) => ({ value: s, label: tStage(s) }))} />
            <SelectField name="registeredVoter" label={tPeople('voter')} defaultValue={str('registeredVoter') || 'UNKNOWN'} error={err.registeredVoter} options={VOTER.map((s) => ({ value: s, label: tVoter(s) }))} />
          </>
        ) : null}
        <SelectField name="preferredLanguage" label={tPeople('language')} defaultValue={str('preferredLanguage') || 'es'} error={err.preferredLanguage} options={languages} />
        <div>
          <span className="mb-1 block text-sm font-medium text-stone-800">{tPerson('languages')}</span>
          <div className="flex flex-wrap gap-3">
            {LANGUAGES.map((l) => (
              <Checkbox key={l} name="languages" value={l} label={t(`lang.${l}`)} defaultChecked={langs.includes(l)} />
            ))}
          </div>
        </div>
        {organizing ? (
          <>
            <Field name="tags" label={tPerson('tags')} defaultValue={str('tags')} error={err.tags} limit={LIMITS.tagList} />
            <Field name="source" label={tPerson('source')} defaultValue={str('source')} error={err.source} limit={LIMITS.source} />
            <TextareaField name="notes" label={tPerson('notes')} defaultValue={str('notes')} error={err.notes} limit={LIMITS.notes} className="sm:col-span-2" />
          </>
        ) : null}
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
