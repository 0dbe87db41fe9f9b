import { createHash, randomBytes } from 'node:crypto';
import type { TActor } from '@/lib/auth/policy';
import { DUMMY_HASH, verifyPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { recordAudit } from '@/lib/data/audit';

// Sign-in and session lookup run before there is an actor, so they are unscoped by nature:
// hence `unsafe` in their names (STYLE.md rule 1).

const SESSION_DAYS = 30;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Checks an email and password; on success opens a session and returns its token. */
export async function unsafeSignIn(email: string, password: string): Promise<{ userId: string; token: string } | null> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  // Always verify a hash, even for an unknown email, so timing does not reveal who has an account.
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !ok || user.disabledAt) {
    await db.$transaction((tx) =>
      recordAudit(tx, null, { action: 'SIGN_IN_FAILED', entityType: 'user', entityId: user?.id ?? null }),
    );
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
    await recordAudit(tx, { userId: user.id }, { action: 'SIGN_IN', entityType: 'user', entityId: user.id });
  });
  return { userId: user.id, token };
}

/** The actor behind a session token, re-read from the database on every request. */
export async function unsafeGetActorBySessionToken(token: string): Promise<TActor | null> {
  const session = await db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      revokedAt: true,
      expiresAt: true,
      user: {
        select: {
          id: true,
          email: true,
          role: true,
          personId: true,
          disabledAt: true,
          scopes: { select: { circleId: true, organizationId: true, precinctId: true } },
        },
      },
    },
  });
  // Security: a revoked or expired session, or a disabled user, is no actor at all.
  if (!session || session.revokedAt || session.expiresAt <= new Date() || session.user.disabledAt) return null;
  const { user } = session;
  const pick = (k: 'circleId' | 'organizationId' | 'precinctId') =>
    user.scopes.map((s) => s[k]).filter((v): v is string => v !== null);
  return {
    userId: user.id,
    email: user.email,
    role: user.role,
    personId: user.personId,
    // Only coordinators are limited by assignments; the scope of the other roles is fixed by role.
    scope: {
      circleIds: user.role === 'COORDINATOR' ? pick('circleId') : [],
      organizationIds: user.role === 'COORDINATOR' ? pick('organizationId') : [],
      precinctIds: user.role === 'COORDINATOR' ? pick('precinctId') : [],
    },
  };
}

export async function revokeSession(token: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true } });
    if (!session) return;
    await tx.session.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { userId: session.userId }, { action: 'SIGN_OUT', entityType: 'user', entityId: session.userId });
  });
}
