import type { ReactNode } from 'react';

/** A submit button for forms driven by useActionForm (useFormStatus does not see those). */
export function PendingButton({ pending, children, pendingLabel, tone = 'primary', className = '' }: {
  pending: boolean;
  children: ReactNode;
  pendingLabel: string;
  tone?: 'primary' | 'danger';
  className?: string;
}) {
  const colors = tone === 'danger' ? 'bg-red-700 hover:bg-red-800' : 'bg-brand-700 hover:bg-brand-800';
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className={`inline-flex items-center justify-center rounded-md px-4 py-2.5 font-medium text-white shadow-sm disabled:opacity-60 ${colors} ${className}`}>
      {pending ? pendingLabel : children}
    </button>
  );
}
