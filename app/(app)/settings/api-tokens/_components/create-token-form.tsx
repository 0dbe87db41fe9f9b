'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SelectField } from '@/components/forms/select-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { API_TOKEN_DAYS } from '@/lib/validation/security';
import { LIMITS } from '@/lib/validation/limits';
import { createApiTokenAction } from '../actions';

type TUser = { id: string; account: string; role: string };

/** Names a token and the user it acts as; shows the new token once, to copy. */
export function CreateTokenForm({ users, me, roles }: { users: TUser[]; me: string; roles: Record<string, string> }) {
  const t = useTranslations('apiTokens');
  const { state, action, errors } = useActionForm(createApiTokenAction);
  const [copied, setCopied] = useState(false);
  return (
    <form action={action} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('name')} name="name" hint={t('nameHint')} error={errors?.name} required limit={LIMITS.apiTokenName} />
        <SelectField
          label={t('user')}
          name="userId"
          defaultValue={me}
          options={users.map((u) => ({ value: u.id, label: `${u.account} (${roles[u.role] ?? u.role})` }))}
          error={errors?.userId}
        />
      </div>
      <p className="text-sm text-stone-600">{t('userHint')}</p>
      <SelectField
        label={t('lifetime')}
        name="days"
        defaultValue="90"
        options={API_TOKEN_DAYS.map((days) => ({ value: String(days), label: t('days', { days }) }))}
        error={errors?.days}
        className="max-w-xs"
      />
      <p className="text-sm text-stone-600">{t('lifetimeHint')}</p>
      <FormMessage state={state} />
      {state?.ok ? (
        <div role="status" className="space-y-2 rounded-md border border-brand-200 bg-brand-50 p-3">
          <p className="text-sm text-brand-900">{t('created')}</p>
          <div className="flex flex-wrap items-center gap-2">
            <code data-testid="new-token" className="rounded bg-white px-2 py-1 text-sm break-all text-stone-900 ring-1 ring-brand-200">
              {state.data.token}
            </code>
            <Button
              onClick={() => void navigator.clipboard?.writeText(state.data.token).then(() => setCopied(true))}
              variant="secondary" size="sm"
            >
              {copied ? t('copied') : t('copy')}
            </Button>
          </div>
        </div>
      ) : null}
      <SubmitButton>{t('submit')}</SubmitButton>
    </form>
  );
}
