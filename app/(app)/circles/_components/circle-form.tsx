'use client';

import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/field';
import { RecordForm, useRecordForm } from '@/components/forms/record-form';
import { SelectField } from '@/components/forms/select-field';
import { TextareaField } from '@/components/forms/textarea-field';
import { CircleKind } from '@/lib/generated/prisma/enums';
import { createCircleAction, updateCircleAction } from '../actions';

type TCircleValues = { id: string; version: number; name: string; kind: CircleKind; description: string | null };

/** Create a circle, or edit one on top of the version it was loaded at. */
export function CircleForm({ circle }: { circle?: TCircleValues }) {
  const t = useTranslations('circle.form');
  const tKind = useTranslations('circleKind');
  const form = useRecordForm(circle, { create: createCircleAction, update: updateCircleAction });
  const { value, errors } = form;

  return (
    <RecordForm form={form} path="/circles" t={t}>
      {/* No maxLength: a browser cuts a longer name without a word; the server refuses it beside the field. */}
      <Field label={t('name')} name="name" defaultValue={value('name')} required error={errors?.name} />
      <SelectField
        label={t('kind')}
        name="kind"
        defaultValue={value('kind') ?? 'MEMBER_CIRCLE'}
        options={Object.values(CircleKind).map((k) => ({ value: k, label: tKind(k) }))}
        error={errors?.kind}
      />
      <TextareaField label={t('description')} name="description" defaultValue={value('description') ?? ''} maxLength={2000} error={errors?.description} />
    </RecordForm>
  );
}
