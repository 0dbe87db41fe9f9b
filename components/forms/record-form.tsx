'use client';

import Link from 'next/link';
import type { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import type { TFormAction } from '@/components/forms/server-action';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { buttonClass } from '@/components/ui/button';

type TRecord = { id: string; version: number };

/**
 * The state of a form that creates a record, or edits one on top of the version it was loaded at
 * (the circle and organization forms). `value` is a field's default: what was typed before a
 * refused save, else the record's own value.
 */
export function useRecordForm<R extends TRecord, T>(record: R | undefined, actions: { create: TFormAction<T>; update: TFormAction<T> }) {
  const initial = Object.fromEntries(Object.entries(record ?? {}).flatMap(([k, v]) => (v == null ? [] : [[k, String(v)]])));
  const { state, action, str, errors, stampKey, keyInput } = useActionForm(record ? actions.update : actions.create, { initial });
  const value = (field: keyof R & string) => str(field) || undefined;
  return { record, state, action, value, errors, stampKey, keyInput };
}

type TRecordFormProps = {
  form: Pick<ReturnType<typeof useRecordForm>, 'record' | 'state' | 'action' | 'stampKey' | 'keyInput'>;
  /** Where the records live: the list, `${path}/${id}` and `${path}/${id}/edit`. */
  path: '/circles' | '/organizations';
  /** The form's own translations (`useTranslations('circle.form')`), which have reload, save, create, saving and cancel. */
  t: ReturnType<typeof useTranslations<'circle.form' | 'organization.form'>>;
  children: ReactNode;
};

/** Such a form's frame: the result's message, a reload link after a conflict, the version, save and cancel. */
export function RecordForm({ form, path, t, children }: TRecordFormProps) {
  const { record, state } = form;
  const conflict = state && !state.ok && state.details?.currentVersion !== undefined;
  return (
    <form
      action={form.action}
      onSubmit={form.stampKey}
      className="max-w-2xl space-y-4"
      noValidate
    >
      <input {...form.keyInput} />
      <FormMessage state={state} />
      {conflict ? (
        <p>
          {/* A full load, so the form shows what is saved now. */}
          <a href={`${path}/${record?.id}/edit`} className="text-sm font-medium text-brand-800 underline">
            {t('reload')}
          </a>
        </p>
      ) : null}
      {record ? (
        <>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={record.version} />
        </>
      ) : null}
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel={t('saving')}>{record ? t('save') : t('create')}</SubmitButton>
        <Link href={record ? `${path}/${record.id}` : path} className={buttonClass('ghost')}>
          {t('cancel')}
        </Link>
      </div>
    </form>
  );
}
