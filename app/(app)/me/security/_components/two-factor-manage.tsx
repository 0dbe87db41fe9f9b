'use client';

import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { RecoveryCodes } from '@/components/account/recovery-codes';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import type { TFormAction } from '@/components/forms/server-action';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';

type TProps = {
  canTurnOff: boolean;
  renew: TFormAction<{ recoveryCodes: string[] }>;
  turnOff: TFormAction<void>;
  /** Moving to a new phone: the setup, which asks for a current code first. */
  move: ReactNode;
};

/** With two-step sign-in on: new recovery codes, a new phone, or (when not required) turning it off; each after a current code. */
export function TwoFactorManage({ canTurnOff, renew, turnOff, move }: TProps) {
  const t = useTranslations('security.twoFactor');
  const [codes, setCodes] = useState<string[] | null>(null);
  const renewing = useActionForm(renew, { onSuccess: (data) => setCodes(data.recoveryCodes) });
  const off = useActionForm(turnOff);
  return (
    <div className="space-y-5">
      {codes ? <RecoveryCodes codes={codes} /> : null}
      <details className="rounded-lg border border-stone-200 p-3">
        <summary className="cursor-pointer font-medium text-stone-900">{t('renew')}</summary>
        <form action={renewing.action} className="mt-3 space-y-3" noValidate>
          <FormMessage state={renewing.state} />
          <Field label={t('currentCode')} name="code" autoComplete="one-time-code" hint={t('renewHelp')} error={renewing.errors.code} className="max-w-xs" />
          <SubmitButton variant="secondary">{t('renewSubmit')}</SubmitButton>
        </form>
      </details>
      <details className="rounded-lg border border-stone-200 p-3">
        <summary className="cursor-pointer font-medium text-stone-900">{t('moveToNewPhone')}</summary>
        <div className="mt-3">{move}</div>
      </details>
      {canTurnOff ? (
        <details className="rounded-lg border border-red-200 bg-red-50/50 p-3">
          <summary className="cursor-pointer font-medium text-red-800">{t('turnOff')}</summary>
          <form action={off.action} className="mt-3 space-y-3" noValidate>
            <FormMessage state={off.state} />
            <Field label={t('currentCode')} name="code" autoComplete="one-time-code" error={off.errors.code} className="max-w-xs" />
            <SubmitButton variant="danger">{t('turnOffSubmit')}</SubmitButton>
          </form>
        </details>
      ) : null}
    </div>
  );
}
