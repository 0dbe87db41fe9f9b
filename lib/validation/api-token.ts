import { z } from 'zod';
import { LIMITS } from '@/lib/validation/limits';

export const ZCreateApiToken = z.object({
  name: z.string().trim().min(1, { error: 'required' }).max(LIMITS.apiTokenName, { error: 'tooLong' }),
  userId: z.uuid({ error: 'invalidChoice' }),
});
export const ZApiTokenId = z.object({ id: z.uuid({ error: 'invalid' }) });
