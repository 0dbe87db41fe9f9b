'use client';

import type { ReactNode } from 'react';

// Small form controls for the person form; each shows its error beside itself.
const inputClass =
  'block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-xs focus:border-brand-600 focus:ring-2 focus:ring-brand-200 focus:outline-none aria-invalid:border-red-600';

export function ErrorText({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-700">
      {error}
    </p>
  ) : null;
}

type TBase = { name: string; label: string; error?: string; className?: string };

export function TextInput({ name, label, error, className, defaultValue, ...rest }: TBase & { defaultValue?: string; type?: string; autoComplete?: string; inputMode?: 'tel' | 'email' | 'text' }) {
  const id = `pf-${name}`;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-stone-800">{label}</label>
      <input id={id} name={name} defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} className={inputClass} {...rest} />
      <ErrorText id={id} error={error} />
    </div>
  );
}

export function TextArea({ name, label, error, className, defaultValue }: TBase & { defaultValue?: string }) {
  const id = `pf-${name}`;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-stone-800">{label}</label>
      <textarea id={id} name={name} rows={4} defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} className={inputClass} />
      <ErrorText id={id} error={error} />
    </div>
  );
}

export function Select({ name, label, error, className, defaultValue, options }: TBase & { defaultValue?: string; options: { value: string; label: string }[] }) {
  const id = `pf-${name}`;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-stone-800">{label}</label>
      <select id={id} name={name} defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} className={inputClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      <ErrorText id={id} error={error} />
    </div>
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
