import { z } from 'zod';
import { toE164 } from '@/lib/validation/person';

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

/** One optional phone as typed, to E.164 ("773 555 0123" → "+17735550123"); blank becomes null. */
export const ZOptionalPhone = z
  .string()
  .trim()
  .max(40, { error: 'tooLong' })
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const e164 = toE164(v);
    if (!e164) ctx.addIssue({ code: 'custom', message: 'phoneInvalid' });
    return e164;
  });
