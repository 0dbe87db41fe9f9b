import { z } from 'zod';
import { IMPORT_FIELDS } from '@/lib/vocabulary/import-fields';
import { first, idList, tagListText } from '@/lib/validation/form-helpers';
import { LIMITS } from '@/lib/validation/limits';

// The import pages' forms. Messages are catalog keys under `errors.`.

/** "map.0", "map.1", ... (one select per column) to the mapping: a field, or null for "not imported". */
const mappingFrom = (input: Record<string, unknown>) =>
  Object.keys(input)
    .filter((k) => /^map\.\d+$/.test(k))
    .sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)))
    .map((k) => first(input[k]));

export const ZImportOptions = z.preprocess(
  (raw) => {
    const input = (raw ?? {}) as Record<string, unknown>;
    return { ...input, mapping: Array.isArray(input.mapping) ? input.mapping : mappingFrom(input) };
  },
  z.object({
    id: z.uuid({ error: 'invalid' }),
    mapping: z.array(z.union([z.enum(IMPORT_FIELDS, { error: 'invalidChoice' }), z.literal('').transform(() => null), z.null()])).max(300),
    circleId: z.union([z.literal('').transform(() => null), z.uuid({ error: 'invalidChoice' }), z.null()]).optional().default(null),
    tags: tagListText,
    source: z
      .string()
      .trim()
      .max(LIMITS.source, { error: 'tooLong' })
      .optional()
      .transform((v) => v || null),
  }),
);
export type TImportOptionsInput = z.output<typeof ZImportOptions>;

export const ZImportId = z.object({ id: z.uuid({ error: 'invalid' }) });
export const ZImportMerge = z.object({
  id: z.uuid({ error: 'invalid' }),
  mode: z.enum(['FILL', 'OVERWRITE'], { error: 'invalidChoice' }),
  /** The new people's Source, edited at the review; absent leaves it as it is, blank clears it. */
  source: z
    .string()
    .trim()
    .max(LIMITS.source, { error: 'tooLong' })
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null)),
  // The household pairs the user says are one person (lib/data/imports/households.ts).
  join: idList(),
});
