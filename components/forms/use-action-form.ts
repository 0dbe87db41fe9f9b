'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { echoedValues } from '@/components/forms/echoed-values';
import type { TFormAction } from '@/components/forms/server-action';
import type { TFormValues } from '@/lib/entry/action';
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
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(() => formAction(form));
  };
  const { failed, conflict, original, err, str, bool, list } = echoedValues(state, initial, fieldOf);
  // After a conflict the fields take other defaults (what is saved now): a select keeps the option
  // it had when mounted through a form reset, so the form is mounted anew, keyed by the conflict.
  const formKey = conflict ? `conflict-${conflict.currentVersion}` : 'form';
  return { state, action: formAction, onSubmit, pending, failed, conflict, original, formKey, errors: err, str, bool, list };
}
