'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import type { TActionResult } from '@/lib/entry/action';

type TAction<T> = (prev: TActionResult<T> | null, form: FormData) => Promise<TActionResult<T>>;

/**
 * useActionState for forms that must keep what was typed when the server answers with field
 * errors: React resets a form after its `action` runs, so the form is submitted from
 * `onSubmit` instead. `onSuccess` runs once per successful submission.
 */
export function useActionForm<T>(action: TAction<T>, onSuccess?: (data: T) => void) {
  const [state, dispatch, pending] = useActionState(async (prev: TActionResult<T> | null, form: FormData) => {
    const result = await action(prev, form);
    if (result.ok) onSuccess?.(result.data);
    return result;
  }, null);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(() => dispatch(form));
  };
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return { state, pending, onSubmit, errors };
}
