'use client';

import type { ReactNode } from 'react';
import { FieldFrame } from '@/components/forms/field-frame';

// Small form controls for the person and mobilization forms, in FieldFrame: each shows its error beside itself.
const inputClass =
  'block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-xs focus:border-brand-600 focus:ring-2 focus:ring-brand-200 focus:outline-none aria-invalid:border-red-600';

type TBase = { name: string; label: string; error?: string; className?: string };

export function TextInput({ name, label, error, className, defaultValue, ...rest }: TBase & { defaultValue?: string; type?: string; autoComplete?: string; inputMode?: 'tel' | 'email' | 'text' }) {
  return (
    <FieldFrame id={`pf-${name}`} label={label} error={error} className={className}>
      {(control) => <input {...control} name={name} defaultValue={defaultValue} className={inputClass} {...rest} />}
    </FieldFrame>
  );
}

export function TextArea({ name, label, error, className, defaultValue }: TBase & { defaultValue?: string }) {
  return (
    <FieldFrame id={`pf-${name}`} label={label} error={error} className={className}>
      {(control) => <textarea {...control} name={name} rows={4} defaultValue={defaultValue} className={inputClass} />}
    </FieldFrame>
  );
}

export function Select({ name, label, error, className, defaultValue, options }: TBase & { defaultValue?: string; options: { value: string; label: string }[] }) {
  return (
    <FieldFrame id={`pf-${name}`} label={label} error={error} className={className}>
      {(control) => (
        <select {...control} name={name} defaultValue={defaultValue} className={inputClass}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export function Checkbox({ name, label, defaultChecked, value = 'on' }: { name: string; label: ReactNode; defaultChecked?: boolean; value?: string }) {
  return (
    <label className="inline-flex items-center gap-2 text-sm text-stone-800">
      <input type="checkbox" name={name} value={value} defaultChecked={defaultChecked} className="size-4 rounded border-stone-300 accent-brand-700" />
      {label}
    </label>
  );
}

export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-xl border border-stone-200 bg-white p-5 shadow-xs">
      <legend className="px-1 text-sm font-semibold tracking-wide text-stone-500 uppercase">{legend}</legend>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}
