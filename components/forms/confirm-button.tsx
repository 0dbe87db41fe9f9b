'use client';

import { FormMessage } from '@/components/forms/form-message';
import type { TFormAction } from '@/components/forms/server-action';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';

type TConfirmButtonProps<T> = {
  /** The server action, sent the record's `id`. */
  action: TFormAction<T>;
  id: string;
  label: string;
  explanation: string;
  confirmLabel: string;
};

/** A step that cannot simply be taken back asks once more: it opens to say what happens, then does it. */
export function ConfirmButton<T>({ action, id, label, explanation, confirmLabel }: TConfirmButtonProps<T>) {
  const { state, action: formAction, pending } = useActionForm(action);
  return (
    <details className="rounded-xl border border-red-200 bg-red-50/50 p-4">
      <summary className="cursor-pointer font-medium text-red-800">{label}</summary>
      <form action={formAction} className="mt-3 space-y-2">
        <input type="hidden" name="id" value={id} />
        <p className="text-sm text-red-900">{explanation}</p>
        <FormMessage state={state} />
        <Button type="submit" variant="danger" disabled={pending}>
          {confirmLabel}
        </Button>
      </form>
    </details>
  );
}
