import type { ComponentProps } from 'react';
import { controlClassFor } from '@/components/forms/control-class';

// The bare controls, for the places a labelled Field does not fit (a search box beside its
// button, a select in a table row). Labelled ones are components/forms/field.tsx and its kin.

type TLook = { compact?: boolean; inline?: boolean };

export function Input({ compact, inline, className, ...props }: ComponentProps<'input'> & TLook) {
  return <input className={controlClassFor({ compact, inline }, className)} {...props} />;
}

export function Select({ compact, inline, className, ...props }: ComponentProps<'select'> & TLook) {
  return <select className={controlClassFor({ compact, inline }, className)} {...props} />;
}
