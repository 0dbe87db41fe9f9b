import { z } from 'zod';
import { asList } from '@/lib/validation/form-helpers';

/**
 * What every person picker sends as you type (components/forms/person-picker.tsx): the text, the
 * people already chosen, to leave out, and for a circle's or an organization's picker the record
 * the person would join (its actions require it: ZPersonSearchInput.required({ targetId: true })).
 */
export const ZPersonSearchInput = z.object({
  q: z.string().trim().max(100, { error: 'tooLong' }),
  exclude: z.preprocess(asList, z.array(z.uuid()).max(60)).optional(),
  targetId: z.uuid().optional(),
});
export type TPersonSearchInput = z.infer<typeof ZPersonSearchInput>;
