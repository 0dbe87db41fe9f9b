import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame } from '@/components/forms/field-frame';
import { controlClass } from '@/components/forms/control-class';

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
          className={controlClass}
          {...textarea}
        />
      )}
    </FieldFrame>
  );
}
