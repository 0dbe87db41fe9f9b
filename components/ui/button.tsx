import type { ComponentProps } from 'react';

// Leaven's buttons, and links that look like one (buttonClass on a <Link> or an <a>).

const VARIANTS = {
  /** The one thing to do on a form or a page. */
  primary: 'bg-brand-700 text-white shadow-sm hover:bg-brand-800',
  /** Anything else: cancel, export, another choice. */
  secondary: 'border border-stone-300 bg-white text-stone-800 hover:bg-stone-100',
  /** A step that removes or refuses. */
  danger: 'bg-red-700 text-white hover:bg-red-800',
  /** A step that opens more in place: "Add a relationship", "Show more". */
  outline: 'text-brand-800 ring-1 ring-brand-200 hover:bg-brand-50',
  /** The first click of a removal that asks again before it happens. */
  outlineDanger: 'text-red-800 ring-1 ring-red-200 hover:bg-red-50',
  /** Back out without a frame: a form's Cancel. */
  ghost: 'text-stone-700 hover:bg-stone-100',
} as const;

const SIZES = {
  sm: 'px-3 py-1.5 text-sm',
  md: 'px-3 py-2 text-sm',
  lg: 'px-4 py-2.5',
} as const;

export type TButtonVariant = keyof typeof VARIANTS | 'link';
export type TButtonSize = keyof typeof SIZES;

/** The classes of a button of this variant and size; `link` is text that acts, without a frame. */
export function buttonClass(variant: TButtonVariant = 'primary', size: TButtonSize = 'lg', className = ''): string {
  if (variant === 'link') return `text-sm font-medium text-brand-800 hover:underline disabled:opacity-60 ${className}`;
  return `inline-flex items-center justify-center gap-2 rounded-md font-medium disabled:opacity-60 ${VARIANTS[variant]} ${SIZES[size]} ${className}`;
}

type TButtonProps = ComponentProps<'button'> & { variant?: TButtonVariant; size?: TButtonSize };

/** A button; `type` is "button" unless said, so that it never submits a form by accident. */
export function Button({ variant, size, className, type = 'button', ...props }: TButtonProps) {
  return <button type={type} className={buttonClass(variant, size, className)} {...props} />;
}
