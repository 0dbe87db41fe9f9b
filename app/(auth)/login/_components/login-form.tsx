'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { secondFactorSignInAction, signInAction } from '../actions';

/** Email and password; then, for an account with two-step sign-in, the code. */
export function LoginForm({ next }: { next?: string }) {
  const [challenge, setChallenge] = useState<string | null>(null);
  return challenge ? (
    <CodeForm challenge={challenge} next={next} onRestart={() => setChallenge(null)} />
  ) : (
    <PasswordForm next={next} onSecondFactor={setChallenge} />
  );
}

function PasswordForm({ next, onSecondFactor }: { next?: string; onSecondFactor: (challenge: string) => void }) {
  const t = useTranslations('login');
  const { state, action, errors } = useActionForm(signInAction, {
    onSuccess: (data) => {
      if (data?.challenge) onSecondFactor(data.challenge);
    },
  });
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

function CodeForm({ challenge, next, onRestart }: { challenge: string; next?: string; onRestart: () => void }) {
  const t = useTranslations('login');
  const { state, action, errors } = useActionForm(secondFactorSignInAction);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="challenge" value={challenge} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <p className="text-sm text-stone-700">{t('codeHelp')}</p>
      <FormMessage state={state} />
      <Field
        label={t('code')}
        name="code"
        autoComplete="one-time-code"
        inputMode="text"
        autoFocus
        required
        hint={t('codeHint')}
        error={errors?.code}
      />
      <SubmitButton pendingLabel={t('submitting')} className="w-full">
        {t('verify')}
      </SubmitButton>
      <button type="button" onClick={onRestart} className="w-full text-center text-sm font-medium text-brand-800 hover:underline">
        {t('restart')}
      </button>
    </form>
  );
}
