import { z } from 'zod';

// URL search params are user input: parsed here, and a wrong value falls back to the default
// rather than failing the page.
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const ZPeopleListParams = z.object({
  q: z.preprocess(first, z.string().trim().max(100).optional().catch(undefined)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
});
export type TPeopleListParams = z.infer<typeof ZPeopleListParams>;
