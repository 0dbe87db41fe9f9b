import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from '@/components/forms/field-frame';
import { Input } from '@/components/ui/input';

type TFieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string; hint?: string };

/** A labelled input with its error message beside it, announced to screen readers. */
export function Field({ label, name, error, hint, className, ...input }: TFieldProps) {
  return (
    <FieldFrame id={`field-${name}`} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <Input
          {...control}
          name={name}
          {...input}
        />
      )}
    </FieldFrame>
  );
}
