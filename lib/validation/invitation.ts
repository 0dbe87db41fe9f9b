import { z } from 'zod';
import { ZEmail, ZNewPassword } from '@/lib/validation/auth';
import { textOrNull } from '@/lib/validation/form-helpers';
import type { TOrgLocale } from '@/lib/format/org-locale';
import { LIMITS } from '@/lib/validation/limits';
import { optionalPhone } from '@/lib/validation/person';
import { ZRole, ZScopeIds } from '@/lib/validation/user';

// Invitations and password resets by one-time link. Messages are catalog keys under `errors.`.

/** Phones read in the organization's country. */
export const inviteInput = (org: Pick<TOrgLocale, 'phoneCountry'>) => ZScopeIds.extend({
  // An email, a phone (members with only a phone: the link goes by WhatsApp or SMS), or both.
  email: z.union([z.literal('').transform(() => null), ZEmail]).optional().default(null),
  phone: optionalPhone(org.phoneCountry),
  role: ZRole,
  // An existing person to link the account to; blank means the invitee creates their own record.
  personId: z.union([z.literal('').transform(() => null), z.uuid({ error: 'invalidChoice' })]).optional().default(null),
}).refine((v) => v.email || v.phone, { error: 'emailOrPhone', path: ['email'], when: () => true });
export type TInviteInput = z.infer<ReturnType<typeof inviteInput>>;

/** The random part of a link: 32 bytes in base64url. Anything else is not a link we made. */
export const ZLinkToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

const ZPasswordPair = z.object({
  token: ZLinkToken,
  password: ZNewPassword,
  confirm: z.string({ error: 'required' }).min(1, { error: 'required' }),
});

const samePassword = (v: { password: string; confirm: string }) => v.password === v.confirm;

export const ZResetPasswordInput = ZPasswordPair.refine(samePassword, { error: 'passwordMismatch', path: ['confirm'] });
export type TResetPasswordInput = z.infer<typeof ZResetPasswordInput>;

/** Phones read in the organization's country. */
export const acceptInvitationInput = (org: Pick<TOrgLocale, 'phoneCountry'>) => ZPasswordPair.extend({
  // Asked only when the invitation did not link an existing person. The form says so (needsPerson)
  // to check the name with the other fields at once; the data layer checks again, from the database.
  needsPerson: z.literal('1').optional(),
  givenName: textOrNull(LIMITS.personName),
  familyName: textOrNull(LIMITS.personName),
  phone: optionalPhone(org.phoneCountry),
})
  .refine(samePassword, { error: 'passwordMismatch', path: ['confirm'] })
  // `when`: check the name even if the password has its own problem, so every message shows at once.
  .refine((v) => !v.needsPerson || v.givenName || v.familyName, { error: 'nameRequired', path: ['givenName'], when: () => true });
export type TAcceptInvitationInput = z.infer<ReturnType<typeof acceptInvitationInput>>;
