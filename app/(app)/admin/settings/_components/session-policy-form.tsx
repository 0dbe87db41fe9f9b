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
  const fields = [
    { name: 'idleHours', bounds: SESSION_POLICY.idleHours, label: t('idleHours'), hint: 'idleHint' },
    { name: 'maxDays', bounds: SESSION_POLICY.maxDays, label: t('maxDays'), hint: 'maxHint' },
  ] as const;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="version" value={policy.version} />
      {fields.map(({ name, bounds, label, hint }) => (
        <Field
          key={state?.ok ? `${name}-${state.data[name]}` : name}
          label={label}
          name={name}
          type="number"
          inputMode="numeric"
          step={1}
          min={bounds.min}
          max={bounds.max}
          defaultValue={str(name)}
          hint={t(hint, { min: bounds.min, max: bounds.max })}
          error={err[name]}
          className="max-w-sm"
          required
        />
      ))}
      <FormMessage state={state} success={state?.ok ? t('saved') : undefined} />
      <SubmitButton>{t('save')}</SubmitButton>
    </form>
  );
}
