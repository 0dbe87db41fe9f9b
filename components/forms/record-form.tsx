'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { ConflictPanel } from '@/components/forms/conflict-panel';
import { FormMessage } from '@/components/forms/form-message';
import type { TFormAction } from '@/components/forms/server-action';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { buttonClass } from '@/components/ui/button';
import { recordInputValues, type TInputValues } from '@/lib/validation/edits';

type TRecord = { id: string; version: number };

/**
 * The state of a form that creates a record, or edits one on top of the version it was loaded at
 * (the circle and organization forms). `inputs` are the fields the form has; `value` is a field's
 * default: what was typed before a refused save, else the record's own value (after a conflict,
 * what is saved now where the user changed nothing).
 */
export function useRecordForm<R extends TRecord, T>(record: R | undefined, inputs: readonly string[], actions: { create: TFormAction<T>; update: TFormAction<T> }) {
  const initial = record ? recordInputValues(record, inputs) : {};
  const { state, action, str, errors, failed, conflict, original, formKey, stampKey, keyInput } = useActionForm(record ? actions.update : actions.create, { initial });
  const value = (field: keyof R & string) => str(field) || undefined;
  return { record, state, action, value, errors, failed, conflict, original, formKey, stampKey, keyInput };
}

type TRecordFormProps = {
  form: Pick<ReturnType<typeof useRecordForm>, 'record' | 'state' | 'action' | 'failed' | 'conflict' | 'original' | 'formKey' | 'stampKey' | 'keyInput'>;
  /** Where the records live: the list, `${path}/${id}` and `${path}/${id}/edit`. */
  path: '/circles' | '/organizations';
  /** The form's own translations (`useTranslations('circle.form')`), which have save, create, saving and cancel, and a label for each field. */
  t: ReturnType<typeof useTranslations<'circle.form' | 'organization.form'>>;
  /** A field's value in words, for the conflict panel (kinds, owners); the text itself by default. */
  show?: (field: string, values: TInputValues) => string;
  children: ReactNode;
};

/** Such a form's frame: the result's message, the conflict panel, the version and what it was opened with, save and cancel. */
export function RecordForm({ form, path, t, show, children }: TRecordFormProps) {
  const tc = useTranslations('forms.conflict');
  const { record, state, conflict } = form;
  const label = (field: string) => (field === 'ownerUserId' ? t('owner') : t.has(field) ? t(field) : field);
  return (
    <form
      key={form.formKey}
      action={form.action}
      onSubmit={form.stampKey}
      className="max-w-2xl space-y-4"
      noValidate
    >
      <input {...form.keyInput} />
      <FormMessage state={state} />
      {conflict ? <ConflictPanel conflict={conflict} title={tc('title')} saveLabel={tc('saveMine')} label={label} show={show} mine={form.failed?.values ?? {}} /> : null}
      {record ? (
        <>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={record.version} />
          <input type="hidden" name="original" value={JSON.stringify(form.original)} />
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
