import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from '@/components/forms/field-frame';
import { Input } from '@/components/ui/input';

type TFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'maxLength'> & { label: string; name: string; error?: string; hint?: string; limit?: number };

/** A labelled input with its error message beside it, announced to screen readers. */
export function Field({ label, name, error, hint, limit, className, ...input }: TFieldProps) {
  return (
    <FieldFrame id={`field-${name}`} label={label} hint={hint} error={error} limit={limit} className={className}>
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
