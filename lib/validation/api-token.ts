import { z } from 'zod';
import { ZApiTokenDays } from '@/lib/validation/security';
import { LIMITS } from '@/lib/validation/limits';

export const ZCreateApiToken = z.object({
  name: z.string().trim().min(1, { error: 'required' }).max(LIMITS.apiTokenName, { error: 'tooLong' }),
  userId: z.uuid({ error: 'invalidChoice' }),
  // How many days it works (a choice of a few); a form from before this choice gets 90.
  days: ZApiTokenDays.default(90),
});
export const ZApiTokenId = z.object({ id: z.uuid({ error: 'invalid' }) });
