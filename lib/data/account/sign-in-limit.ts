import { createHash } from 'node:crypto';
import { unsafeClearCounts, unsafeCountHits, unsafeUncountHits, type TCount } from '@/lib/data/limits/counter';

// Sign-in protection, so that strangers cannot abuse it (issue 13):
// - the hard limit is keyed on the account AND the address: 10 failures in 15 minutes from one
//   address refuse that address for that account, and no other. Ten wrong passwords from
//   anywhere no longer keep a leader out: the leader, from their own address, still signs in;
// - one address trying many accounts (password spraying) is refused after 50 failures;
// - per account alone, from any address, failures slow sign-in down (a growing delay, at most
//   8 seconds) rather than lock it.
// Each attempt is counted before its password is checked, in one statement (counter.ts), and
// taken back if it succeeds: so attempts sent at once cannot outrun the limit.
// Keys are hashes: no email or address is stored.

export const SIGN_IN_LIMITS = { perAccountAndAddress: 10, perAddress: 50, windowMs: 15 * 60_000, slowAfter: 5, slowestMs: 8_000 } as const;

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

export type TSignInKeys = { pair: string; account: string; address: string };
export function signInKeys(email: string, address: string): TSignInKeys {
  return { pair: `sign-in:pair:${hash(`${email}\n${address}`)}`, account: `sign-in:account:${hash(email)}`, address: `sign-in:address:${hash(address)}` };
}

export type TReservation = {
  /** False: over a limit; the password must not even be checked. */
  admitted: boolean;
  /** This attempt is the one that reached the account-and-address limit (a lockout starts). */
  reachesLimit: boolean;
  /** How long to wait before checking: the account's failures so far slow it down. */
  delayMs: number;
  counts: TCount[];
};

/** Delay before checking a password, after `failures` failures on the account in the window. */
export function slowdownMs(failures: number): number {
  if (failures < SIGN_IN_LIMITS.slowAfter) return 0;
  return Math.min(500 * 2 ** (failures - SIGN_IN_LIMITS.slowAfter), SIGN_IN_LIMITS.slowestMs);
}

/** Counts the attempt under all three keys, and says whether it may go on. */
export async function reserveSignInAttempt(keys: TSignInKeys): Promise<TReservation> {
  const counts = await unsafeCountHits([keys.pair, keys.account, keys.address], SIGN_IN_LIMITS.windowMs);
  const hits = (key: string) => counts.get(key)?.hits ?? 0;
  const admitted = hits(keys.pair) <= SIGN_IN_LIMITS.perAccountAndAddress && hits(keys.address) <= SIGN_IN_LIMITS.perAddress;
  return {
    admitted,
    reachesLimit: hits(keys.pair) === SIGN_IN_LIMITS.perAccountAndAddress,
    // The attempts before this one, of which some may still be in flight: counted as failures.
    delayMs: slowdownMs(hits(keys.account) - 1),
    counts: [...counts.values()],
  };
}

/**
 * The attempt succeeded: it was no failure, so its count is taken back, and the account's
 * slowing starts again (the real user got in). The address's failures stay: one known account
 * must not reset an address that is guessing at others.
 */
export async function releaseSignInAttempt(keys: TSignInKeys, reservation: TReservation): Promise<void> {
  await unsafeUncountHits(reservation.counts.filter((c) => c.key !== keys.account));
  await unsafeClearCounts([keys.account]);
}
