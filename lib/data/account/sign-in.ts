import { randomBytes } from 'node:crypto';
import { DUMMY_HASH, verifyPassword } from '@/lib/data/account/password';
import { unsafeReadSessionPolicy } from '@/lib/data/account/session-policy';
import { hashToken, UNKNOWN_ADDRESS } from '@/lib/data/account/sessions';
import { releaseSignInAttempt, reserveSignInAttempt, signInKeys, type TReservation } from '@/lib/data/account/sign-in-limit';
import { unsafeCheckSecondFactor, unsafeHasSecondFactor } from '@/lib/data/account/two-factor';
import { recordAudit } from '@/lib/data/audit';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import { loginWhere } from '@/lib/validation/auth';

// Signing in, in one or two steps: the password, then (for a user who has turned it on) a code
// from their authenticator app or a recovery code. It runs before there is an actor: hence
// `unsafe`. Every step goes through the limit of sign-in-limit.ts, counted before it is checked.
//
// Under a burst nothing here waits on a transaction: a refusal and a failure are one statement
// each, so attempts queue for a connection instead of timing out (the pool is shared with pages).

export type TSignInContext = {
  userAgent?: string | null;
  /** How the slowing waits; tests pass one that records the delay instead of sleeping. */
  wait?: (ms: number) => Promise<void>;
};
/** A session token, or (secondFactor) the token of the sign-in that awaits its second factor. */
export type TSignInResult = { userId: string; token: string; secondFactor: boolean };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const AWAIT_SECOND_FACTOR_MS = 10 * 60_000;
const newToken = () => randomBytes(32).toString('base64url');

/** Counts the attempt; refuses it (with an audit entry) when over the limit; otherwise waits out the slowing. */
async function admit(email: string, address: string, userId: string | null, context: TSignInContext): Promise<TReservation> {
  const keys = signInKeys(email, address);
  const reservation = await reserveSignInAttempt(keys);
  if (!reservation.admitted) {
    await db.auditEvent.create({ data: { action: 'SIGN_IN_REFUSED', entityType: 'user', entityId: userId } });
    throw new AppError('FORBIDDEN', 'signInLocked');
  }
  if (reservation.delayMs > 0) await (context.wait ?? sleep)(reservation.delayMs);
  return reservation;
}

/** A failed attempt stays counted; recorded in the audit (and, the one that reaches the limit, as a lockout). */
async function recordFailure(userId: string | null, reservation: TReservation): Promise<null> {
  const event = (action: 'SIGN_IN_FAILED' | 'LOCKOUT') => ({ action, entityType: 'user', entityId: userId });
  await db.auditEvent.createMany({ data: reservation.reachesLimit ? [event('SIGN_IN_FAILED'), event('LOCKOUT')] : [event('SIGN_IN_FAILED')] });
  return null;
}

/**
 * Checks a login (an email, or the phone of an account that has one) and password. Returns null for a wrong email or password; throws
 * AppError('FORBIDDEN', 'signInLocked') while this account is locked for this address (or the
 * address for every account), without checking the password, so a lockout cannot be probed with it.
 */
export async function unsafeSignIn(email: string, password: string, address: string = UNKNOWN_ADDRESS, context: TSignInContext = {}): Promise<TSignInResult | null> {
  // An email or a phone (members with only a phone sign in with it), as ZLogin normalised it.
  const normalized = email.trim().toLowerCase();
  const user = await db.user.findUnique({ where: loginWhere(normalized), select: { id: true, passwordHash: true, disabledAt: true, lastSignInAt: true } });
  const reservation = await admit(normalized, address, user?.id ?? null, context);
  // Always verify a hash, even for an unknown email, so timing does not reveal who has an account.
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !ok || user.disabledAt) return recordFailure(user?.id ?? null, reservation);

  await releaseSignInAttempt(signInKeys(normalized, address), reservation);
  if (await unsafeHasSecondFactor(user.id)) {
    // The password was right; the session opens only once the second factor is given.
    const token = newToken();
    await db.session.create({
      data: { tokenHash: hashToken(token), userId: user.id, awaitingSecondFactor: true, userAgent: context.userAgent?.slice(0, 300), expiresAt: new Date(Date.now() + AWAIT_SECOND_FACTOR_MS) },
    });
    return { userId: user.id, token, secondFactor: true };
  }
  return { userId: user.id, token: await openSession(user, context, null, []), secondFactor: false };
}

/**
 * The second step: a code for the sign-in awaiting it (`challenge`). Null for a wrong code;
 * AppError('INVALID', 'secondFactorExpired') when that sign-in is unknown, used or too old.
 */
export async function unsafeCompleteSignIn(challenge: string, code: string, address: string = UNKNOWN_ADDRESS, context: TSignInContext = {}): Promise<TSignInResult | null> {
  const pending = await db.session.findUnique({
    where: { tokenHash: hashToken(challenge) },
    select: { id: true, awaitingSecondFactor: true, revokedAt: true, expiresAt: true, user: { select: { id: true, email: true, phone: true, disabledAt: true, lastSignInAt: true } } },
  });
  if (!pending?.awaitingSecondFactor || pending.revokedAt || pending.expiresAt <= new Date()) throw new AppError('INVALID', 'secondFactorExpired');
  const { user } = pending;
  // Counted under what the account signs in with, as the password step was.
  const login = user.email ?? user.phone ?? user.id;
  // The code counts against the same limit as the password: a stranger who has the password still cannot try codes freely.
  const reservation = await admit(login, address, user.id, context);
  const how = user.disabledAt ? null : await unsafeCheckSecondFactor(user.id, code);
  if (!how) return recordFailure(user.id, reservation);
  await releaseSignInAttempt(signInKeys(login, address), reservation);
  return { userId: user.id, token: await openSession(user, context, pending.id, how === 'recovery' ? ['recoveryCode'] : ['secondFactor']), secondFactor: false };
}

/**
 * Opens the session (or turns the one awaiting its second factor into it, under a new token, so the
 * challenge the page held is never the session's token) and notes the failed attempts on the
 * account since the user last signed in, to tell them once.
 */
async function openSession(user: { id: string; lastSignInAt: Date | null }, context: TSignInContext, pendingId: string | null, fields: string[]): Promise<string> {
  const token = newToken();
  const policy = await unsafeReadSessionPolicy();
  await db.$transaction(async (tx) => {
    const failures = await tx.auditEvent.aggregate({
      where: { action: 'SIGN_IN_FAILED', entityType: 'user', entityId: user.id, ...(user.lastSignInAt ? { at: { gt: user.lastSignInAt } } : {}) },
      _count: { _all: true },
      _max: { at: true },
    });
    const now = new Date();
    const data = {
      tokenHash: hashToken(token),
      awaitingSecondFactor: false,
      expiresAt: new Date(now.getTime() + policy.maxDays * 86_400_000),
      lastSeenAt: now,
      failedSignIns: failures._count._all,
      lastFailedSignInAt: failures._max.at,
    };
    if (pendingId) await tx.session.update({ where: { id: pendingId }, data: { ...data, createdAt: now } });
    else await tx.session.create({ data: { ...data, userId: user.id, userAgent: context.userAgent?.slice(0, 300) } });
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await recordAudit(tx, { userId: user.id }, { action: 'SIGN_IN', entityType: 'user', entityId: user.id, fields });
  });
  return token;
}
