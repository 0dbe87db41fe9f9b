'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { buttonClass, type TButtonSize, type TButtonVariant } from '@/components/ui/button';

type TSubmitButtonProps = {
  children: ReactNode;
  /** What it says while the form is being sent. */
  pendingLabel?: string;
  /** For a form sent from onSubmit (useActionForm's onSubmit), which useFormStatus does not see. */
  pending?: boolean;
  variant?: TButtonVariant;
  size?: TButtonSize;
  className?: string;
};

/** A form's submit button: disabled, and saying so, while the form is being sent. */
export function SubmitButton({ children, pendingLabel, pending: sending, variant = 'primary', size = 'lg', className }: TSubmitButtonProps) {
  const status = useFormStatus();
  const pending = sending ?? status.pending;
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass(variant, size, className)}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
