'use client';

import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/field';
import { RecordForm, useRecordForm } from '@/components/forms/record-form';
import { SelectField } from '@/components/forms/select-field';
import { TextareaField } from '@/components/forms/textarea-field';
import { Closeness, OrganizationKind } from '@/lib/generated/prisma/enums';
import { ORGANIZATION_INPUTS } from '@/lib/validation/organization';
import { LIMITS } from '@/lib/validation/limits';
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
  // A coordinator's form has no owner to change: it neither sends nor compares one.
  const inputs = owners ? ORGANIZATION_INPUTS : ORGANIZATION_INPUTS.filter((f) => f !== 'ownerUserId');
  const form = useRecordForm(organization, inputs, { create: createOrganizationAction, update: updateOrganizationAction });
  const { value, errors } = form;
  const show = (field: string, values: Record<string, unknown>) => {
    const v = String(values[field] ?? '');
    if (field === 'kind' && v) return tKind(v as OrganizationKind);
    if (field === 'closeness' && v) return tClose(v as Closeness);
    if (field === 'ownerUserId') return v ? (owners?.find((o) => o.userId === v)?.name ?? '') : t('noOwner');
    return v;
  };

  return (
    <RecordForm form={form} path="/organizations" t={t} show={show}>
      <Field label={t('name')} name="name" defaultValue={value('name')} required limit={LIMITS.organizationName} error={errors?.name} />
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
      <TextareaField label={t('agreementNotes')} name="agreementNotes" defaultValue={value('agreementNotes') ?? ''} limit={LIMITS.notes} error={errors?.agreementNotes} />
      <TextareaField
        label={t('disagreementNotes')}
        name="disagreementNotes"
        defaultValue={value('disagreementNotes') ?? ''}
        limit={LIMITS.notes}
        error={errors?.disagreementNotes}
      />
    </RecordForm>
  );
}
