import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame } from '@/components/forms/field-frame';

type TTextareaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; error?: string; hint?: string };

/** A labelled multi-line input with its error message beside it, like Field. */
export function TextareaField({ label, name, error, hint, className, ...textarea }: TTextareaFieldProps) {
  return (
    <FieldFrame id={`field-${name}`} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <textarea
          {...control}
          name={name}
          rows={4}
          className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-xs focus:border-brand-600 focus:ring-2 focus:ring-brand-200 focus:outline-none aria-invalid:border-red-600"
          {...textarea}
        />
      )}
    </FieldFrame>
  );
}
