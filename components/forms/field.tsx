import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from '@/components/forms/field-frame';
import { controlClass } from '@/components/forms/control-class';

type TFieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string; hint?: string };

/** A labelled input with its error message beside it, announced to screen readers. */
export function Field({ label, name, error, hint, className, ...input }: TFieldProps) {
  return (
    <FieldFrame id={`field-${name}`} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          {...control}
          name={name}
          className={controlClass}
          {...input}
        />
      )}
    </FieldFrame>
  );
}
