import type { ReactNode } from 'react';
import { LengthCounter } from '@/components/forms/length-counter';

/** What a control needs to be tied to its frame's label, hint and error. */
type TFieldControl = { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

type TFieldFrameProps = {
  id: string;
  label: string;
  /** The label for screen readers only, where the placeholder says what the field is (the shell's search). */
  labelHidden?: boolean;
  hint?: ReactNode;
  error?: string;
  /** The text's limit (lib/validation/limits.ts): a counter shows as the user nears it. */
  limit?: number;
  className?: string;
  children: (control: TFieldControl) => ReactNode;
};

/**
 * The frame of every labelled control in components/forms: the label, a hint, and the error
 * message beside the control, both announced to screen readers through aria-describedby.
 */
export function FieldFrame({ id, label, labelHidden = false, hint, error, limit, className, children }: TFieldFrameProps) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null, limit ? `${id}-count` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelHidden ? 'sr-only' : 'mb-1 block text-sm font-medium text-stone-800'}>
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-500">
          {hint}
        </p>
      ) : null}
      {limit ? <LengthCounter controlId={id} limit={limit} /> : null}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** The error message under a control, with the id its aria-describedby names (`<id>-error`). */
export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="mt-1 text-sm text-red-700" role="alert">
      {error}
    </p>
  ) : null;
}
