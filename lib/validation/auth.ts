import { z } from 'zod';
import { LIMITS } from '@/lib/validation/limits';

// Messages are catalog keys under `errors.` (messages/*.json), translated by the action wrapper.
export const ZEmail = z
  .string({ error: 'required' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'required' })
  .max(LIMITS.email, { error: 'tooLong' })
  .pipe(z.email({ error: 'email' }));

export const ZSignInInput = z.object({
  email: ZEmail,
  password: z.string({ error: 'required' }).min(1, { error: 'required' }).max(1024, { error: 'tooLong' }),
  next: z.string().optional(),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;

export const ZNewPassword = z
  .string({ error: 'required' })
  .min(12, { error: 'passwordTooShort' })
  .max(1024, { error: 'tooLong' });
