const LOOK =
  'rounded-md border border-stone-300 bg-white shadow-xs placeholder:text-stone-400 focus:border-brand-600 focus:ring-2 focus:ring-brand-200 focus:outline-none aria-invalid:border-red-600 aria-invalid:ring-red-100';

/** The look of every text input, select and textarea in Leaven's forms (invalid ones framed red). */
export const controlClass = `block w-full px-3 py-2 text-base ${LOOK}`;

/**
 * The same look for a control outside a form's column: `compact` in a table row or a toolbar,
 * `inline` sized by its content (or the caller's width) instead of the whole line.
 */
export function controlClassFor({ compact = false, inline = false }: { compact?: boolean; inline?: boolean }, className = ''): string {
  return `${inline ? '' : 'block w-full'} ${compact ? 'px-2 py-1.5 text-sm' : 'px-3 py-2 text-base'} ${LOOK} ${className}`;
}
