import type { ComponentProps } from 'react';
import { controlClassFor, type TControlSize } from '@/components/forms/control-class';

// The bare controls, for the places a labelled Field does not fit (a search box beside its
// button, a select in a table row). Labelled ones are components/forms/field.tsx and its kin.

type TLook = { look?: TControlSize; inline?: boolean };

export function Input({ look, inline, className, ...props }: ComponentProps<'input'> & TLook) {
  return <input className={controlClassFor({ size: look, inline }, className)} {...props} />;
}

export function Select({ look, inline, className, ...props }: ComponentProps<'select'> & TLook) {
  return <select className={controlClassFor({ size: look, inline }, className)} {...props} />;
}
