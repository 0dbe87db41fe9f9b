import { z } from 'zod';

// Small shapes shared by the admin, invitation and self-service forms.

/** A checkbox group or multi-select: FormData gives nothing, one string, or an array. */
export const idList = (max = 500) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? [] : ([] as unknown[]).concat(v).filter((x) => x !== '')),
    z.array(z.uuid({ error: 'invalidChoice' })).max(max, { error: 'tooLong' }),
  );

/** A single checkbox, sent as "on" (or a boolean from a script). */
export const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());

/** An optional text: blank becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'tooLong' })
    .optional()
    .transform((v) => (v ? v : null));
