'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { echoedValues } from '@/components/forms/echoed-values';
import type { TFormAction } from '@/components/forms/server-action';
import type { TFormValues } from '@/lib/entry/action';

type TOptions<T> = {
  /** Runs once per successful submission, with what the action answered. */
  onSuccess?: (data: T) => void;
  /** The fields' values before any submission (a record being edited). */
  initial?: TFormValues;
};

/**
 * The one form driver: useActionState over a server action, with the field errors and the
 * values to show. Post with `action` (<form action>, which works before JavaScript has loaded):
 * React then resets the form, and the fields take `str`/`bool`/`list` (what was sent, echoed
 * back on a refusal) as their defaults. Or post with `onSubmit`, which keeps the form as typed,
 * for forms whose fields live in client state (the interaction form's people).
 */
export function useActionForm<T>(action: TFormAction<T>, { onSuccess, initial }: TOptions<T> = {}) {
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
    // The button that sent it travels with the data, as it does without JavaScript.
    const form = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(form));
  };
  const { failed, err, str, bool, list } = echoedValues(state, initial);
  return { state, action: formAction, onSubmit, pending, failed, errors: err, str, bool, list };
}
