import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from '@/components/forms/field-frame';

type TFieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string; hint?: string };

/** A labelled input with its error message beside it, announced to screen readers. */
export function Field({ label, name, error, hint, className, ...input }: TFieldProps) {
  return (
    <FieldFrame id={`field-${name}`} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          {...control}
          name={name}
          className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-xs placeholder:text-stone-400 focus:border-brand-600 focus:ring-2 focus:ring-brand-200 focus:outline-none aria-invalid:border-red-600 aria-invalid:ring-red-100"
          {...input}
        />
      )}
    </FieldFrame>
  );
}
