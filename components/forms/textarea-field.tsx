import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame } from '@/components/forms/field-frame';
import { controlClass } from '@/components/forms/control-class';

type TTextareaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'maxLength'> & { label: string; name: string; error?: string; hint?: string; limit?: number };

/** A labelled multi-line input with its error message beside it, like Field. */
export function TextareaField({ label, name, error, hint, limit, className, ...textarea }: TTextareaFieldProps) {
  return (
    <FieldFrame id={`field-${name}`} label={label} hint={hint} error={error} limit={limit} className={className}>
      {(control) => (
        <textarea
          {...control}
          name={name}
          rows={4}
          className={controlClass}
          {...textarea}
        />
      )}
    </FieldFrame>
  );
}
