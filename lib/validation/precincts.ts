import { z } from 'zod';
import { first, requiredText } from '@/lib/validation/form-helpers';
import { LIMITS } from '@/lib/validation/limits';

export const PRECINCT_SORTS = ['precinct', 'residents', 'members', 'leaders', 'circles', 'relationships', 'interactions', 'strength', 'turnout', 'reach'] as const;
export type TPrecinctSort = (typeof PRECINCT_SORTS)[number];

/** The precinct table's URL: sort column and direction, and which election to show beside it. Weakest first by default. */
export const ZPrecinctParams = z.object({
  sort: z.preprocess(first, z.enum(PRECINCT_SORTS).catch('strength')).default('strength'),
  dir: z.preprocess(first, z.enum(['asc', 'desc']).catch('asc')).default('asc'),
  results: z.preprocess(first, z.uuid().optional().catch(undefined)),
});

export const ZImportResults = z.object({
  name: requiredText(LIMITS.electionName),
  csv: z.string({ error: 'required' }).min(1, { error: 'required' }).max(2_000_000, { error: 'tooLong' }),
  // Leadership confirmed adding the precincts the file names that Leaven does not have.
  createPrecincts: z.preprocess((v) => v === '1' || v === true, z.boolean()).default(false),
});
