'use client';

import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { signInAction } from '../actions';

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations('login');
  const { state, action, errors } = useActionForm(signInAction);
  return (
    <form action={action} className="space-y-4" noValidate>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormMessage state={state} />
      {/* An email, or the phone of a member who has no email: the field keeps its name. */}
      <Field label={t('email')} name="email" type="text" autoComplete="username" autoCapitalize="none" spellCheck={false} required error={errors?.email} />
      <Field label={t('password')} name="password" type="password" autoComplete="current-password" required error={errors?.password} />
      <SubmitButton pendingLabel={t('submitting')} className="w-full">
        {t('submit')}
      </SubmitButton>
    </form>
  );
}
