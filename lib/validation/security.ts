import { z } from 'zod';

// Two-factor sign-in, sessions and API tokens' lifetimes, as their forms send them. Messages are
// catalog keys under `errors.` (messages/*/common.json).

/** How long sessions last: bounds of the two settings, and the defaults a new organization gets. */
export const SESSION_POLICY = {
  idleHours: { min: 1, max: 720, default: 12 },
  maxDays: { min: 1, max: 90, default: 14 },
} as const;

const int = (min: number, max: number, error: string) =>
  z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });

export const ZSessionPolicy = z.object({
  idleHours: int(SESSION_POLICY.idleHours.min, SESSION_POLICY.idleHours.max, 'sessionIdleHours'),
  maxDays: int(SESSION_POLICY.maxDays.min, SESSION_POLICY.maxDays.max, 'sessionMaxDays'),
  version: int(1, Number.MAX_SAFE_INTEGER, 'invalid'),
});
export type TSessionPolicyInput = z.infer<typeof ZSessionPolicy>;

/** A code from an authenticator app, or a recovery code: whatever was typed, within reason. */
export const ZSecondFactorCode = z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(40, { error: 'wrongCode' });

export const ZConfirmTwoFactor = z.object({ code: ZSecondFactorCode });

export const ZSecondFactorSignIn = z.object({
  // The token of the sign-in awaiting its second factor (lib/data/account/sign-in.ts).
  challenge: z.string().min(20).max(100),
  code: ZSecondFactorCode,
  next: z.string().optional(),
});

export const ZSessionId = z.object({ id: z.uuid() });
export const ZUserId = z.object({ userId: z.uuid() });

/** An API token's lifetime, chosen when it is made. */
export const API_TOKEN_DAYS = [30, 90, 180, 365] as const;
export const ZApiTokenDays = z.coerce
  .number({ error: 'invalidChoice' })
  .refine((n): n is (typeof API_TOKEN_DAYS)[number] => (API_TOKEN_DAYS as readonly number[]).includes(n), { error: 'invalidChoice' });
