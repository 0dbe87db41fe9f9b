'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import type { TFormAction } from '@/components/forms/server-action';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { buttonClass } from '@/components/ui/button';
import { RecoveryCodes } from './recovery-codes';

type TProps = {
  /** The secret being set up, or null before the user has started. */
  secret: string | null;
  /** Its QR code, drawn on the server. */
  qr: ReactNode;
  /** A second factor is on already: moving it to a new phone asks for a current code first. */
  replacing: boolean;
  start: TFormAction<null>;
  confirm: TFormAction<{ recoveryCodes: string[] }>;
  /** Where "Continue" goes once it is on. */
  doneHref: string;
};

/** Setting up an authenticator app: start, scan the QR code (or type the key), confirm with a code, keep the recovery codes. */
export function TwoFactorSetup({ secret, qr, replacing, start, confirm, doneHref }: TProps) {
  const t = useTranslations('security.twoFactor');
  const [codes, setCodes] = useState<string[] | null>(null);
  if (codes) {
    return (
      <div className="space-y-4">
        <p role="status" className="font-medium text-brand-900">{t('on')}</p>
        <RecoveryCodes codes={codes} />
        <Link href={doneHref} className={buttonClass('primary', 'lg')}>
          {t('continue')}
        </Link>
      </div>
    );
  }
  if (!secret) return <StartForm action={start} replacing={replacing} />;
  return (
    <div className="space-y-4">
      <ol className="list-decimal space-y-2 pl-5 text-stone-800">
        <li>{t('stepApp')}</li>
        <li>{t('stepScan')}</li>
      </ol>
      <div className="flex flex-col items-start gap-4 sm:flex-row">
        {qr}
        <div className="min-w-0 space-y-1 text-sm">
          <p className="text-stone-600">{t('typeKey')}</p>
          <p className="font-mono text-base tracking-wider break-all text-stone-900" data-testid="totp-secret">
            {secret.match(/.{1,4}/g)!.join(' ')}
          </p>
        </div>
      </div>
      <ConfirmForm action={confirm} onDone={setCodes} />
    </div>
  );
}

function StartForm({ action, replacing }: { action: TFormAction<null>; replacing: boolean }) {
  const t = useTranslations('security.twoFactor');
  const { state, action: formAction, errors } = useActionForm(action);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      {replacing ? <Field label={t('currentCode')} name="code" autoComplete="one-time-code" hint={t('currentCodeHint')} error={errors.code} className="max-w-xs" /> : null}
      <SubmitButton variant={replacing ? 'secondary' : 'primary'}>{replacing ? t('moveToNewPhone') : t('start')}</SubmitButton>
    </form>
  );
}

function ConfirmForm({ action, onDone }: { action: TFormAction<{ recoveryCodes: string[] }>; onDone: (codes: string[]) => void }) {
  const t = useTranslations('security.twoFactor');
  const { state, action: formAction, errors } = useActionForm(action, { onSuccess: (data) => onDone(data.recoveryCodes) });
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <Field label={t('stepCode')} name="code" autoComplete="one-time-code" inputMode="numeric" required error={errors.code} className="max-w-xs" />
      <SubmitButton>{t('confirm')}</SubmitButton>
    </form>
  );
}
