import { createHash, randomBytes } from 'node:crypto';
import type { TActor } from '@/lib/access/actor';
import { roleCan } from '@/lib/access/capabilities';
import { DUMMY_HASH, verifyPassword } from '@/lib/data/account/password';
import { db } from '@/lib/db/prisma';
import { recordAudit } from '@/lib/data/audit';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { loginWhere } from '@/lib/validation/auth';

// Sign-in and session lookup run before there is an actor, so they are unscoped by nature:
// hence `unsafe` in their names (STYLE.md rule 1).

const SESSION_DAYS = 30;
/** The address of a sign-in whose client address is not known (lib/auth/client-address.ts). */
export const UNKNOWN_ADDRESS = 'unknown';
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// Sign-in protection: 10 failures in 15 minutes, for one account or from one address, refuse
// further attempts until the oldest of them leaves the window. The record lives in PostgreSQL
// (`login_attempt`), so every app server shares it; keys are hashes, not emails or addresses.
export const LOCKOUT = { maxFailures: 10, windowMs: 15 * 60_000 } as const;
const KEEP_ATTEMPTS_MS = 24 * 3_600_000;
const accountKey = (email: string) => hashToken(`account:${email}`);
const addressKey = (address: string) => hashToken(`address:${address}`);

async function recentFailures(account: string, address: string): Promise<{ byAccount: number; byAddress: number }> {
  const since = new Date(Date.now() - LOCKOUT.windowMs);
  const [byAccount, byAddress] = await Promise.all([
    db.loginAttempt.count({ where: { accountKey: account, at: { gt: since } } }),
    db.loginAttempt.count({ where: { addressKey: address, at: { gt: since } } }),
  ]);
  return { byAccount, byAddress };
}

/**
 * Checks an email and password; on success opens a session and returns its token. Returns null for
 * a wrong email or password; throws AppError('FORBIDDEN', 'signInLocked') while the account or the
 * address is locked out, without even checking the password (so a lockout cannot be probed with it).
 */
export async function unsafeSignIn(
  email: string,
  password: string,
  address: string = UNKNOWN_ADDRESS,
): Promise<{ userId: string; token: string } | null> {
  // An email or a phone (members with only a phone sign in with it), as ZLogin normalised it.
  const normalized = email.trim().toLowerCase();
  const keys = { accountKey: accountKey(normalized), addressKey: addressKey(address) };
  const user = await db.user.findUnique({
    where: loginWhere(normalized),
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  const before = await recentFailures(keys.accountKey, keys.addressKey);
  if (before.byAccount >= LOCKOUT.maxFailures || before.byAddress >= LOCKOUT.maxFailures) {
    await db.$transaction((tx) => recordAudit(tx, null, { action: 'SIGN_IN_REFUSED', entityType: 'user', entityId: user?.id ?? null }));
    throw new AppError('FORBIDDEN', 'signInLocked');
  }

  // Always verify a hash, even for an unknown email, so timing does not reveal who has an account.
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !ok || user.disabledAt) {
    await db.$transaction(async (tx) => {
      await tx.loginAttempt.create({ data: keys });
      await recordAudit(tx, null, { action: 'SIGN_IN_FAILED', entityType: 'user', entityId: user?.id ?? null });
      // The failure that reaches the limit starts a lockout: recorded once, not on every refusal.
      if (before.byAccount + 1 === LOCKOUT.maxFailures || before.byAddress + 1 === LOCKOUT.maxFailures) {
        await recordAudit(tx, null, { action: 'LOCKOUT', entityType: 'user', entityId: user?.id ?? null });
      }
      await tx.loginAttempt.deleteMany({ where: { at: { lt: new Date(Date.now() - KEEP_ATTEMPTS_MS) } } });
    });
    return null;
  }
  const token = randomBytes(32).toString('base64url');
  await db.$transaction(async (tx) => {
    await tx.session.create({
      data: {
        tokenHash: hashToken(token),
        userId: user.id,
        expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000),
      },
    });
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    // The real user got in: their account's count starts again (the address's does not, so one
    // known account cannot be used to reset an address that is guessing at others).
    await tx.loginAttempt.deleteMany({ where: { accountKey: keys.accountKey } });
    await recordAudit(tx, { userId: user.id }, { action: 'SIGN_IN', entityType: 'user', entityId: user.id });
  });
  return { userId: user.id, token };
}

/** The user fields an actor is made of: read afresh on every request, by session or by API token. */
export const actorUserSelect = {
  id: true,
  email: true,
  phone: true,
  role: true,
  personId: true,
  disabledAt: true,
  scopes: { select: { circleId: true, organizationId: true, precinctId: true } },
} satisfies Prisma.UserSelect;

/** A user as the actor of a request, with their role and scope; null when the account is disabled. */
export function actorOfUser(user: Prisma.UserGetPayload<{ select: typeof actorUserSelect }>): TActor | null {
  // Security: a disabled user is no actor at all, whatever session or token they present.
  if (user.disabledAt) return null;
  // Only coordinators are limited by assignments; the scope of the other roles is fixed by role.
  const pick = (k: 'circleId' | 'organizationId' | 'precinctId') =>
    roleCan(user.role, 'scope.assigned') ? user.scopes.map((s) => s[k]).filter((v): v is string => v !== null) : [];
  return {
    userId: user.id,
    email: user.email,
    phone: user.phone,
    role: user.role,
    personId: user.personId,
    scope: { circleIds: pick('circleId'), organizationIds: pick('organizationId'), precinctIds: pick('precinctId') },
  };
}

/** The actor behind a session token, re-read from the database on every request. */
export async function unsafeGetActorBySessionToken(token: string): Promise<TActor | null> {
  const session = await db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { revokedAt: true, expiresAt: true, user: { select: actorUserSelect } },
  });
  // Security: a revoked or expired session is no actor at all.
  if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;
  return actorOfUser(session.user);
}

export async function revokeSession(token: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true } });
    if (!session) return;
    await tx.session.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { userId: session.userId }, { action: 'SIGN_OUT', entityType: 'user', entityId: session.userId });
  });
}
