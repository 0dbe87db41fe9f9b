'use client';

import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/field';
import { RecordForm, useRecordForm } from '@/components/forms/record-form';
import { SelectField } from '@/components/forms/select-field';
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
  const form = useRecordForm(organization, { create: createOrganizationAction, update: updateOrganizationAction });
  const { value, errors } = form;

  return (
    <RecordForm form={form} path="/organizations" t={t}>
      {/* No maxLength: a browser cuts a longer name without a word; the server refuses it beside the field. */}
      <Field label={t('name')} name="name" defaultValue={value('name')} required error={errors?.name} />
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
    </RecordForm>
  );
}
