'use client';

import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { SESSION_POLICY } from '@/lib/validation/security';
import { updateSessionPolicyAction } from '../actions';

/** How long a session lasts: hours without use, and days after signing in. */
export function SessionPolicyForm({ policy }: { policy: { idleHours: number; maxDays: number; version: number } }) {
  const t = useTranslations('security.policy');
  const { state, action, errors: err, str } = useActionForm(updateSessionPolicyAction, {
    initial: { idleHours: String(policy.idleHours), maxDays: String(policy.maxDays) },
  });
  const number = { type: 'number', inputMode: 'numeric', step: 1, required: true, className: 'max-w-sm' } as const;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="version" value={policy.version} />
      <Field
        key={state?.ok ? `idle-${state.data.idleHours}` : 'idle'}
        label={t('idleHours')}
        name="idleHours"
        min={SESSION_POLICY.idleHours.min}
        max={SESSION_POLICY.idleHours.max}
        defaultValue={str('idleHours')}
        hint={t('idleHint', { min: SESSION_POLICY.idleHours.min, max: SESSION_POLICY.idleHours.max })}
        error={err.idleHours}
        {...number}
      />
      <Field
        key={state?.ok ? `max-${state.data.maxDays}` : 'max'}
        label={t('maxDays')}
        name="maxDays"
        min={SESSION_POLICY.maxDays.min}
        max={SESSION_POLICY.maxDays.max}
        defaultValue={str('maxDays')}
        hint={t('maxHint', { min: SESSION_POLICY.maxDays.min, max: SESSION_POLICY.maxDays.max })}
        error={err.maxDays}
        {...number}
      />
      <FormMessage state={state} success={state?.ok ? t('saved') : undefined} />
      <SubmitButton>{t('save')}</SubmitButton>
    </form>
  );
}
