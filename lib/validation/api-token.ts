import { z } from 'zod';

export const ZCreateApiToken = z.object({
  name: z.string().trim().min(1, { error: 'required' }).max(100, { error: 'tooLong' }),
  userId: z.uuid({ error: 'invalidChoice' }),
});
export const ZApiTokenId = z.object({ id: z.uuid({ error: 'invalid' }) });
