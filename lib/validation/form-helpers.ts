import { z } from 'zod';
import { isForbiddenName } from '@/lib/vocabulary/privacy';
import { LIMITS } from '@/lib/validation/limits';

// The small zod pieces the schemas in lib/validation share: one of each, here (STYLE.md rule 5).
// Messages are catalog keys under `errors.` (messages/<locale>/common.json).

/** A URL search param given twice arrives as an array: the first one counts. */
export const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** A form field that may arrive once (a string), repeated (an array), or not at all. */
export const asList = (v: unknown) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]);

/** An empty field means "not given". */
export const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/** A checkbox group or multi-select: FormData gives nothing, one string, or an array. */
export const idList = (max = 500) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? [] : ([] as unknown[]).concat(v).filter((x) => x !== '')),
    z.array(z.uuid({ error: 'invalidChoice' })).max(max, { error: 'tooLong' }),
  );

/** A single checkbox, sent as "on" (or a boolean from a script). */
export const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());

/** A required text: blank is "required". */
export const requiredText = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });

/** An optional text of a record's fields: blank becomes null (cleared), absent stays absent (unchanged). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'tooLong' })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

/** An optional text of a form that creates or replaces: blank and absent both become null. */
export const textOrNull = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'tooLong' })
    .optional()
    .transform((v) => (v ? v : null));

/** The largest whole number a PostgreSQL integer column holds: beyond it, a refusal, not a server error. */
export const MAX_INT = 2_147_483_647;

/** A record's version number, from a hidden form field. */
export const ZVersion = z.coerce.number().int().positive().max(MAX_INT);

/**
 * Tags as written: trimmed, spaces folded, each once whatever its case, in the spelling first
 * written ("Padres LSC, padres lsc" is one tag, "Padres LSC"). The database keeps one tag per name
 * in any case (a unique index on lower(name)), and a tag already there keeps its own spelling.
 */
export function distinctTags(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const tag = name.trim().replace(/\s+/g, ' ');
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

/**
 * Tags typed in one field, separated by commas (distinctTags). The person form and an import's
 * tags for everyone both take them this way.
 */
export const tagListText = z
  .string()
  .max(LIMITS.tagList, { error: 'tooLong' })
  .optional()
  .transform((v) => distinctTags((v ?? '').split(',')))
  .refine((tags) => tags.every((t) => t.length <= LIMITS.tag), { error: 'tooLong' })
  // Security: a tag vocabulary for immigration status is refused like a column for it (DESIGN.md).
  .refine((tags) => !tags.some(isForbiddenName), { error: 'forbiddenTag' });
