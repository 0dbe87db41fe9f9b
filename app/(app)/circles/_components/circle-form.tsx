'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SelectField } from '@/components/forms/select-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextareaField } from '@/components/forms/textarea-field';
import { CircleKind } from '@/lib/generated/prisma/enums';
import { createCircleAction, updateCircleAction } from '../actions';

type TCircleValues = { id: string; version: number; name: string; kind: CircleKind; description: string | null };

/** Create a circle, or edit one on top of the version it was loaded at. */
export function CircleForm({ circle }: { circle?: TCircleValues }) {
  const t = useTranslations('circle.form');
  const tKind = useTranslations('circleKind');
  const [state, action] = useActionState(circle ? updateCircleAction : createCircleAction, null);
  // React resets a form after its action; what was typed is kept as the new defaults, so a
  // refused save does not wipe it.
  const [typed, setTyped] = useState<Record<string, string> | null>(null);
  const value = (field: keyof TCircleValues) => typed?.[field] ?? circle?.[field]?.toString() ?? undefined;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const conflict = state && !state.ok && state.details?.currentVersion !== undefined;
  const cancel = circle ? `/circles/${circle.id}` : '/circles';

  return (
    <form
      action={action}
      onSubmit={(e) => setTyped(Object.fromEntries([...new FormData(e.currentTarget)].map(([k, v]) => [k, String(v)])))}
      className="max-w-2xl space-y-4"
      noValidate
    >
      <FormMessage state={state} />
      {conflict ? (
        <p>
          {/* A full load, so the form shows what is saved now. */}
          <a href={`/circles/${circle?.id}/edit`} className="text-sm font-medium text-brand-800 underline">
            {t('reload')}
          </a>
        </p>
      ) : null}
      {circle ? (
        <>
          <input type="hidden" name="id" value={circle.id} />
          <input type="hidden" name="version" value={circle.version} />
        </>
      ) : null}
      <Field label={t('name')} name="name" defaultValue={value('name')} required maxLength={120} error={errors?.name} />
      <SelectField
        label={t('kind')}
        name="kind"
        defaultValue={value('kind') ?? 'MEMBER_CIRCLE'}
        options={Object.values(CircleKind).map((k) => ({ value: k, label: tKind(k) }))}
        error={errors?.kind}
      />
      <TextareaField label={t('description')} name="description" defaultValue={value('description') ?? ''} maxLength={2000} error={errors?.description} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel={t('saving')}>{circle ? t('save') : t('create')}</SubmitButton>
        <Link href={cancel} className="rounded-md px-4 py-2.5 text-stone-700 hover:bg-stone-100">
          {t('cancel')}
        </Link>
      </div>
    </form>
  );
}
