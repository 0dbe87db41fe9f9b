/** The look of every text input, select and textarea in Leaven's forms (invalid ones framed red). */
export const controlClass =
  'block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-xs placeholder:text-stone-400 focus:border-brand-600 focus:ring-2 focus:ring-brand-200 focus:outline-none aria-invalid:border-red-600 aria-invalid:ring-red-100';
