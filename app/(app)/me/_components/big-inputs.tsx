import type { InputHTMLAttributes, ReactNode } from 'react';
import { LengthCounter } from '@/components/forms/length-counter';

// Self-service controls sized for a first-time smartphone user: large text, 48-pixel tap
// targets, one column, every error in words right under its field.

const inputClass =
  'block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-lg shadow-xs focus:border-brand-600 focus:ring-2 focus:ring-brand-200 focus:outline-none aria-invalid:border-red-600';

type TBigField = Omit<InputHTMLAttributes<HTMLInputElement>, 'maxLength'> & { name: string; label: string; error?: string; hint?: string; limit?: number };

export function BigField({ name, label, error, hint, limit, className, ...input }: TBigField) {
  const id = `me-${name}`;
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null, limit ? `${id}-count` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-base font-medium text-stone-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-sm text-stone-500">
          {hint}
        </p>
      ) : null}
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={inputClass} {...input} />
      {limit ? <LengthCounter controlId={id} limit={limit} /> : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-1 text-base text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function BigSelect({ name, label, error, defaultValue, options }: { name: string; label: string; error?: string; defaultValue?: string; options: { value: string; label: string }[] }) {
  const id = `me-${name}`;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-base font-medium text-stone-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} className={inputClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-1 text-base text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A checkbox or radio whose whole row is the tap target. */
export function BigChoice({ label, type = 'checkbox', ...input }: InputHTMLAttributes<HTMLInputElement> & { label: ReactNode; name: string }) {
  return (
    <label className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-stone-200 bg-white px-3 py-2 text-base text-stone-800 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
      <input type={type} className="size-6 shrink-0 accent-brand-700" {...input} />
      <span>{label}</span>
    </label>
  );
}

export function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-3 rounded-xl border border-stone-200 bg-white p-4 shadow-xs sm:p-5">
      <legend className="px-1 text-lg font-semibold text-stone-900">{title}</legend>
      {hint ? <p className="text-sm text-stone-600">{hint}</p> : null}
      {children}
    </fieldset>
  );
}
