'use client';

import { startTransition, useActionState, useRef, type FormEvent } from 'react';
import { echoedValues } from '@/components/forms/echoed-values';
import type { TFormAction } from '@/components/forms/server-action';
import type { TFormValues } from '@/lib/entry/action';
import { IDEMPOTENCY_FIELD } from '@/lib/entry/form-data';
import type { TFieldOf } from '@/lib/validation/edits';

type TOptions<T> = {
  /** Runs once per successful submission, with what the action answered. */
  onSuccess?: (data: T) => void;
  /** The fields' values before any submission (a record being edited). */
  initial?: TFormValues;
  /** Which record field an input belongs to, where the names do not say (lib/validation/edits.ts). */
  fieldOf?: TFieldOf;
};

/**
 * The one form driver: useActionState over a server action, with the field errors and the
 * values to show. Post with `action` (<form action>, which works before JavaScript has loaded):
 * React then resets the form, and the fields take `str`/`bool`/`list` (what was sent, echoed
 * back on a refusal) as their defaults. Or post with `onSubmit`, which keeps the form as typed,
 * for forms whose fields live in client state (the interaction form's people).
 *
 * Every submission of one filling of the form carries one key (IDEMPOTENCY_FIELD), so that a
 * double click or a retry on a slow line is applied once by a creating action (lib/entry/action.ts);
 * the server's answer starts a new filling. `onSubmit` adds it; a form posted with `action` renders
 * `<input {...keyInput} />` and passes `onSubmit={stampKey}`, which fills it in as it is sent.
 */
export function useActionForm<T>(action: TFormAction<T>, { onSuccess, initial, fieldOf }: TOptions<T> = {}) {
  const [state, formAction, pending] = useActionState<Awaited<ReturnType<TFormAction<T>>> | null, FormData>(
    onSuccess
      ? async (prev, form) => {
          const result = await action(prev, form);
          if (result.ok) onSuccess(result.data);
          return result;
        }
      : action,
    null,
  );
  // The key of this filling: made at its first submission, kept until the answer changes `state`.
  const minted = useRef<{ key: string; answer: unknown } | null>(null);
  const keyFor = (answer: unknown): string => {
    let current = minted.current;
    if (!current || current.answer !== answer) current = minted.current = { key: crypto.randomUUID(), answer };
    return current.key;
  };
  const keyField = useRef<HTMLInputElement>(null);
  const stampKey = () => {
    if (keyField.current) keyField.current.value = keyFor(state);
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    // The button that sent it travels with the data, as it does without JavaScript.
    const form = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    form.set(IDEMPOTENCY_FIELD, keyFor(state));
    startTransition(() => formAction(form));
  };
  const keyInput = { type: 'hidden', name: IDEMPOTENCY_FIELD, ref: keyField, defaultValue: '' } as const;
  const { failed, conflict, original, err, str, bool, list } = echoedValues(state, initial, fieldOf);
  // After a conflict the fields take other defaults (what is saved now): a select keeps the option
  // it had when mounted through a form reset, so the form is mounted anew, keyed by the conflict.
  const formKey = conflict ? `conflict-${conflict.currentVersion}` : 'form';
  return { state, action: formAction, onSubmit, stampKey, keyInput, pending, failed, conflict, original, formKey, errors: err, str, bool, list };
}
