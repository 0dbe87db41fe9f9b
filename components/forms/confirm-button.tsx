'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import type { TActionResult } from '@/lib/entry/action';

type TConfirmButtonProps<T> = {
  /** The server action, sent the record's `id`. */
  action: (prev: TActionResult<T> | null, form: FormData) => Promise<TActionResult<T>>;
  id: string;
  label: string;
  explanation: string;
  confirmLabel: string;
};

/** A step that cannot simply be taken back asks once more: it opens to say what happens, then does it. */
export function ConfirmButton<T>({ action, id, label, explanation, confirmLabel }: TConfirmButtonProps<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <details className="rounded-xl border border-red-200 bg-red-50/50 p-4">
      <summary className="cursor-pointer font-medium text-red-800">{label}</summary>
      <form action={formAction} className="mt-3 space-y-2">
        <input type="hidden" name="id" value={id} />
        <p className="text-sm text-red-900">{explanation}</p>
        <FormMessage state={state} />
        <button disabled={pending} className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60">
          {confirmLabel}
        </button>
      </form>
    </details>
  );
}
