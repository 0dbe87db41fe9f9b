'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SelectField } from '@/components/forms/select-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextareaField } from '@/components/forms/textarea-field';
import { Closeness, OrganizationKind } from '@/lib/generated/prisma/enums';
import { createOrganizationAction, updateOrganizationAction } from '../actions';

type TValues = {
  id: string;
  version: number;
  name: string;
  kind: OrganizationKind;
  closeness: Closeness;
  ownerUserId: string | null;
  agreementNotes: string | null;
  disagreementNotes: string | null;
};

type TProps = {
  organization?: TValues;
  /** Who may own the relationship; absent when the user may not change the owner. */
  owners?: { userId: string; name: string }[];
  ownerName?: string | null;
};

/** Create an organization, or edit one on top of the version it was loaded at. */
export function OrganizationForm({ organization, owners, ownerName }: TProps) {
  const t = useTranslations('organization.form');
  const tKind = useTranslations('orgKind');
  const tClose = useTranslations('closeness');
  const [state, action] = useActionState(organization ? updateOrganizationAction : createOrganizationAction, null);
  // React resets a form after its action; what was typed becomes the new defaults, so a refused
  // save does not wipe it.
  const [typed, setTyped] = useState<Record<string, string> | null>(null);
  const value = (field: keyof TValues) => typed?.[field] ?? organization?.[field]?.toString() ?? undefined;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const conflict = state && !state.ok && state.details?.currentVersion !== undefined;

  return (
    <form
      action={action}
      onSubmit={(e) => setTyped(Object.fromEntries([...new FormData(e.currentTarget)].map(([k, v]) => [k, String(v)])))}
      className="max-w-2xl space-y-4"
      noValidate
    >
      <FormMessage state={state} />
      {conflict ? (
        <a href={`/organizations/${organization?.id}/edit`} className="inline-block text-sm font-medium text-brand-800 underline">
          {t('reload')}
        </a>
      ) : null}
      {organization ? (
        <>
          <input type="hidden" name="id" value={organization.id} />
          <input type="hidden" name="version" value={organization.version} />
        </>
      ) : null}
      <Field label={t('name')} name="name" defaultValue={value('name')} required maxLength={160} error={errors?.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('kind')}
          name="kind"
          defaultValue={value('kind') ?? 'COMMUNITY'}
          options={Object.values(OrganizationKind).map((k) => ({ value: k, label: tKind(k) }))}
          error={errors?.kind}
        />
        <SelectField
          label={t('closeness')}
          name="closeness"
          defaultValue={value('closeness') ?? 'ALLY'}
          options={Object.values(Closeness).map((k) => ({ value: k, label: tClose(k) }))}
          error={errors?.closeness}
        />
      </div>
      {owners ? (
        <SelectField
          label={t('owner')}
          name="ownerUserId"
          defaultValue={value('ownerUserId') ?? ''}
          options={[{ value: '', label: t('noOwner') }, ...owners.map((o) => ({ value: o.userId, label: o.name }))]}
          error={errors?.ownerUserId}
        />
      ) : (
        <div className="text-sm">
          <p className="font-medium text-stone-800">{t('owner')}</p>
          <p className="text-stone-600">{ownerName ?? t('noOwner')}</p>
          <p className="text-stone-500">{t('ownerLeadershipOnly')}</p>
        </div>
      )}
      <TextareaField label={t('agreementNotes')} name="agreementNotes" defaultValue={value('agreementNotes') ?? ''} maxLength={5000} error={errors?.agreementNotes} />
      <TextareaField
        label={t('disagreementNotes')}
        name="disagreementNotes"
        defaultValue={value('disagreementNotes') ?? ''}
        maxLength={5000}
        error={errors?.disagreementNotes}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel={t('saving')}>{organization ? t('save') : t('create')}</SubmitButton>
        <Link href={organization ? `/organizations/${organization.id}` : '/organizations'} className="rounded-md px-4 py-2.5 text-stone-700 hover:bg-stone-100">
          {t('cancel')}
        </Link>
      </div>
    </form>
  );
}
