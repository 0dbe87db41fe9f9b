'use client';

import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/field';
import { RecordForm, useRecordForm } from '@/components/forms/record-form';
import { SelectField } from '@/components/forms/select-field';
import { TextareaField } from '@/components/forms/textarea-field';
import { CircleKind } from '@/lib/generated/prisma/enums';
import { CIRCLE_INPUTS } from '@/lib/validation/circle';
import { LIMITS } from '@/lib/validation/limits';
import { createCircleAction, updateCircleAction } from '../actions';

type TCircleValues = { id: string; version: number; name: string; kind: CircleKind; description: string | null };

/** Create a circle, or edit one on top of the version it was loaded at. */
export function CircleForm({ circle }: { circle?: TCircleValues }) {
  const t = useTranslations('circle.form');
  const tKind = useTranslations('circleKind');
  const form = useRecordForm(circle, CIRCLE_INPUTS, { create: createCircleAction, update: updateCircleAction });
  const { value, errors } = form;

  return (
    <RecordForm form={form} path="/circles" t={t} show={(field, values) => (field === 'kind' && values.kind ? tKind(values.kind as CircleKind) : String(values[field] ?? ''))}>
      <Field label={t('name')} name="name" defaultValue={value('name')} required limit={LIMITS.circleName} error={errors?.name} />
      <SelectField
        label={t('kind')}
        name="kind"
        defaultValue={value('kind') ?? 'MEMBER_CIRCLE'}
        options={Object.values(CircleKind).map((k) => ({ value: k, label: tKind(k) }))}
        error={errors?.kind}
      />
      <TextareaField label={t('description')} name="description" defaultValue={value('description') ?? ''} limit={LIMITS.circleDescription} error={errors?.description} />
    </RecordForm>
  );
}
