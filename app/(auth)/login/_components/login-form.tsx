'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { signInAction } from '../actions';

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations('login');
  const [state, action] = useActionState(signInAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormMessage state={state} />
      <Field label={t('email')} name="email" type="email" autoComplete="username" required error={errors?.email} />
      <Field label={t('password')} name="password" type="password" autoComplete="current-password" required error={errors?.password} />
      <SubmitButton pendingLabel={t('submitting')} className="w-full">
        {t('submit')}
      </SubmitButton>
    </form>
  );
}
