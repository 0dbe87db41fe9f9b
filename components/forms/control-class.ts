const LOOK =
  'rounded-md border border-stone-300 bg-white shadow-xs placeholder:text-stone-400 focus:border-brand-600 focus:ring-2 focus:ring-brand-200 focus:outline-none aria-invalid:border-red-600 aria-invalid:ring-red-100';

const SIZES = {
  /** A form's field (the text large enough that a phone does not zoom in on it). */
  form: 'px-3 py-2 text-base',
  /** A toolbar's search box and filters. */
  toolbar: 'px-3 py-2 text-sm',
  /** A control in a table row or a list row. */
  row: 'px-2 py-1.5 text-sm',
} as const;

export type TControlSize = keyof typeof SIZES;

/** The look of every text input, select and textarea in Leaven's forms (invalid ones framed red). */
export const controlClass = `block w-full ${SIZES.form} ${LOOK}`;

/** The same look for a control outside a form's column; `inline` is sized by its content (or the caller's width) instead of the whole line. */
export function controlClassFor({ size = 'form', inline = false }: { size?: TControlSize; inline?: boolean }, className = ''): string {
  return `${inline ? '' : 'block w-full'} ${SIZES[size]} ${LOOK} ${className}`;
}
