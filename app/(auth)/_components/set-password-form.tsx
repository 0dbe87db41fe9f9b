'use client';

import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import type { TActionResult } from '@/lib/entry/action';
import { formatPhone } from '@/lib/format/phone';
import { LIMITS } from '@/lib/validation/limits';

type TProps = {
  action: (prev: TActionResult<never> | null, form: FormData) => Promise<TActionResult<never>>;
  token: string;
  /** What the account signs in with: an email or a phone number. */
  login: string;
  /** The invitee has no person record yet: ask for their name and phone too. */
  needsPerson: boolean;
  submitLabel: string;
};

/** Choose a password (twice), and on a first invitation say who you are. */
export function SetPasswordForm({ action, token, login, needsPerson, submitLabel }: TProps) {
  const t = useTranslations('oneTimeLink');
  const { state, action: formAction, errors: err, str } = useActionForm(action);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account this password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={login} />
      <FormMessage state={state} />
      <p className="rounded-md bg-stone-50 px-3 py-2 text-sm text-stone-700">
        {t('account')}: <strong className="break-all">{login.startsWith('+') ? formatPhone(login) : login}</strong>
      </p>
      {needsPerson ? (
        <>
          <input type="hidden" name="needsPerson" value="1" />
          <Field label={t('givenName')} name="givenName" autoComplete="given-name" required error={err.givenName} defaultValue={str('givenName')} limit={LIMITS.personName} />
          <Field label={t('familyName')} name="familyName" autoComplete="family-name" error={err.familyName} defaultValue={str('familyName')} limit={LIMITS.personName} />
          <Field label={t('phone')} name="phone" type="tel" inputMode="tel" autoComplete="tel" error={err.phone} hint={t('phoneHint')} defaultValue={str('phone')} />
        </>
      ) : null}
      <Field label={t('password')} name="password" type="password" autoComplete="new-password" required minLength={12} hint={t('passwordHint')} error={err.password} />
      <Field label={t('confirm')} name="confirm" type="password" autoComplete="new-password" required error={err.confirm} />
      <SubmitButton pendingLabel={t('saving')} className="min-h-12 w-full text-lg">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
