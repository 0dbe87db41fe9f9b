import { createHash } from 'node:crypto';
import type { TActor } from '@/lib/access/actor';
import { roleCan } from '@/lib/access/capabilities';
import { sessionAlive, unsafeReadSessionPolicy } from '@/lib/data/account/session-policy';
import { db } from '@/lib/db/prisma';
import { recordAudit } from '@/lib/data/audit';
import { notFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

// Sessions: the row behind a signed-in browser, looked up on every request. Lookups run before
// there is an actor, so they are unscoped by nature: hence `unsafe` in their names (STYLE.md rule 1).
// A user lists and ends their own sessions; nobody else's.

/** The address of a sign-in whose client address is not known (lib/auth/client-address.ts). */
export const UNKNOWN_ADDRESS = 'unknown';
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

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

export type TSignedIn = {
  actor: TActor;
  sessionId: string;
  /** A leader without a second factor: sent to set one up, and nothing else, until they have. */
  mustSetUpSecondFactor: boolean;
  /** Failed attempts on the account before this sign-in, until the user has seen them. */
  failedSignIns: { count: number; lastAt: Date | null };
};

const TOUCH_EVERY_MS = 60_000;

/** The signed-in session behind a token, re-read from the database on every request; null when it has ended. */
export async function unsafeGetSessionByToken(token: string): Promise<TSignedIn | null> {
  const [session, policy] = await Promise.all([
    db.session.findUnique({
      where: { tokenHash: hashToken(token) },
      select: {
        id: true, revokedAt: true, expiresAt: true, createdAt: true, lastSeenAt: true, awaitingSecondFactor: true, failedSignIns: true, lastFailedSignInAt: true,
        user: { select: { ...actorUserSelect, isDemo: true, twoFactor: { select: { enabledAt: true } } } },
      },
    }),
    unsafeReadSessionPolicy(),
  ]);
  // Security: a revoked, expired or idle session, or one still awaiting its second factor, is no sign-in.
  if (!session || session.awaitingSecondFactor || !sessionAlive(session, policy)) return null;
  const actor = actorOfUser(session.user);
  if (!actor) return null;
  // "Last active" to the minute is enough for the idle timeout, and spares a write on every request.
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date() } });
  }
  return {
    actor,
    sessionId: session.id,
    // The demo's accounts are exempt: their passwords are printed in the README (README "Demo logins").
    mustSetUpSecondFactor: roleCan(actor.role, 'account.requireSecondFactor') && !session.user.isDemo && !session.user.twoFactor?.enabledAt,
    failedSignIns: { count: session.failedSignIns, lastAt: session.lastFailedSignInAt },
  };
}

/** The actor behind a session token, or null (tests and scripts; requests use unsafeGetSessionByToken). */
export async function unsafeGetActorBySessionToken(token: string): Promise<TActor | null> {
  return (await unsafeGetSessionByToken(token))?.actor ?? null;
}

export async function revokeSession(token: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true } });
    if (!session) return;
    await tx.session.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { userId: session.userId }, { action: 'SIGN_OUT', entityType: 'user', entityId: session.userId });
  });
}

/** The actor's own sessions that are still alive, the most recently active first. */
export async function listMySessions(actor: TActor) {
  const [rows, policy] = await Promise.all([
    db.session.findMany({
      where: { userId: actor.userId, revokedAt: null, awaitingSecondFactor: false, expiresAt: { gt: new Date() } },
      select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true, expiresAt: true, revokedAt: true },
      orderBy: { lastSeenAt: 'desc' },
    }),
    unsafeReadSessionPolicy(),
  ]);
  return rows.filter((s) => sessionAlive(s, policy)).map(({ id, userAgent, createdAt, lastSeenAt }) => ({ id, userAgent, createdAt, lastSeenAt }));
}
export type TMySession = Awaited<ReturnType<typeof listMySessions>>[number];

/** Ends one of the actor's own sessions; anyone else's is not there for them. */
export async function revokeMySession(actor: TActor, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({ where: { id, userId: actor.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count !== 1) throw notFoundError();
    await recordAudit(tx, actor, { action: 'SIGN_OUT', entityType: 'user', entityId: actor.userId });
  });
}

/** Ends every session of the actor, this one included ("sign out everywhere"). */
export async function revokeAllMySessions(actor: TActor): Promise<number> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({ where: { userId: actor.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAudit(tx, actor, { action: 'SIGN_OUT_EVERYWHERE', entityType: 'user', entityId: actor.userId });
    return count;
  });
}

/** The notice of failed attempts has been read: it is not shown again. */
export async function dismissSignInNotice(actor: TActor, sessionId: string): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, userId: actor.userId }, data: { failedSignIns: 0, lastFailedSignInAt: null } });
}
