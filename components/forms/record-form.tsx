'use client';

import Link from 'next/link';
import type { useTranslations } from 'next-intl';
import { useActionState, type ReactNode } from 'react';
import { echoedValues } from '@/components/forms/echoed-values';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import type { TActionResult } from '@/lib/entry/action';

type TRecord = { id: string; version: number };
type TAction<T> = (prev: TActionResult<T> | null, form: FormData) => Promise<TActionResult<T>>;

/**
 * The state of a form that creates a record, or edits one on top of the version it was loaded at
 * (the circle and organization forms). `value` is a field's default: what was typed before a
 * refused save, else the record's own value.
 */
export function useRecordForm<R extends TRecord, T>(record: R | undefined, actions: { create: TAction<T>; update: TAction<T> }) {
  const [state, action] = useActionState(record ? actions.update : actions.create, null);
  // React resets a form after its action: a refused save's fields take what was sent as their
  // defaults (echoed back by lib/entry/action.ts), so nothing typed is wiped.
  const initial = Object.fromEntries(Object.entries(record ?? {}).flatMap(([k, v]) => (v == null ? [] : [[k, String(v)]])));
  const { str, err } = echoedValues(state, initial);
  const value = (field: keyof R & string) => str(field) || undefined;
  return { record, state, action, value, errors: err };
}

type TRecordFormProps = {
  form: Pick<ReturnType<typeof useRecordForm>, 'record' | 'state' | 'action'>;
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
      className="max-w-2xl space-y-4"
      noValidate
    >
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
        <Link href={record ? `${path}/${record.id}` : path} className="rounded-md px-4 py-2.5 text-stone-700 hover:bg-stone-100">
          {t('cancel')}
        </Link>
      </div>
    </form>
  );
}
