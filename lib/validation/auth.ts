import { z } from 'zod';
import type { TOrgLocale } from '@/lib/format/org-locale';
import { toE164 } from '@/lib/format/phone';
import { LIMITS } from '@/lib/validation/limits';

// Messages are catalog keys under `errors.` (messages/*.json), translated by the action wrapper.
export const ZEmail = z
  .string({ error: 'required' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'required' })
  .max(LIMITS.email, { error: 'tooLong' })
  .pipe(z.email({ error: 'email' }));

/**
 * What an account signs in with: its email, or (members with only a phone) its phone number, as
 * typed (read in the organization's country); normalised as stored (lower-cased email, E.164 phone).
 * The form field keeps the name "email".
 */
export const loginInput = (phoneCountry: string) => z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(LIMITS.email, { error: 'tooLong' })
  .transform((v, ctx) => {
    if (v.includes('@')) {
      const email = ZEmail.safeParse(v);
      if (email.success) return email.data;
      ctx.addIssue({ code: 'custom', message: 'email' });
      return z.NEVER;
    }
    const phone = toE164(v, phoneCountry);
    if (phone) return phone;
    ctx.addIssue({ code: 'custom', message: 'emailOrPhone' });
    return z.NEVER;
  });

/** An account's sign-in name as the database keeps it: an email or an E.164 phone. */
export const loginWhere = (login: string) => (login.startsWith('+') ? { phone: login } : { email: login });

export const signInInput = (org: Pick<TOrgLocale, 'phoneCountry'>) => z.object({
  email: loginInput(org.phoneCountry),
  password: z.string({ error: 'required' }).min(1, { error: 'required' }).max(1024, { error: 'tooLong' }),
  next: z.string().optional(),
});
export type TSignInInput = z.infer<ReturnType<typeof signInInput>>;

export const ZNewPassword = z
  .string({ error: 'required' })
  .min(12, { error: 'passwordTooShort' })
  .max(1024, { error: 'tooLong' });
