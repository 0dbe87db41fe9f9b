import type { SelectHTMLAttributes } from 'react';
import { FieldFrame } from '@/components/forms/field-frame';
import { controlClass } from '@/components/forms/control-class';

type TSelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  error?: string;
};

/** A labelled select with its error message beside it, like Field. */
export function SelectField({ label, name, options, error, className, id, ...select }: TSelectFieldProps) {
  return (
    <FieldFrame id={id ?? `field-${name}`} label={label} error={error} className={className}>
      {(control) => (
        <select
          {...control}
          name={name}
          className={controlClass}
          {...select}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
