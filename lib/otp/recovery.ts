import { randomBytes } from 'node:crypto';
import { base32Encode } from '@/lib/otp/totp';

// One-time recovery codes, for a user who has lost their authenticator: 80 random bits each,
// shown once in groups of four, kept only as hashes (lib/data/account/two-factor.ts).

export const RECOVERY_CODES = 10;

export function newRecoveryCodes(count: number = RECOVERY_CODES): string[] {
  return Array.from({ length: count }, () => base32Encode(randomBytes(10)).toLowerCase().match(/.{4}/g)!.join('-'));
}

/** A code as typed (any case, with or without dashes and spaces), in the form that is hashed. */
export function normalizeRecoveryCode(typed: string): string {
  return typed.toLowerCase().replace(/[\s-]/g, '');
}

/** Whether what was typed has the shape of a recovery code rather than of a 6-digit code. */
export const looksLikeRecoveryCode = (typed: string) => /^[a-z2-7]{16}$/.test(normalizeRecoveryCode(typed));
