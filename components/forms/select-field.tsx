import type { SelectHTMLAttributes } from 'react';
import { FieldFrame } from '@/components/forms/field-frame';

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
          className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-xs focus:border-brand-600 focus:ring-2 focus:ring-brand-200 focus:outline-none aria-invalid:border-red-600"
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
