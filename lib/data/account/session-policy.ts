import { db } from '@/lib/db/prisma';
import { SESSION_POLICY } from '@/lib/validation/security';

// How long sessions last, as leadership sets it in Settings (lib/data/admin/session-policy.ts):
// signed out after `idleHours` without a request, and `maxDays` after signing in whatever happens.
// Read with no actor: every request's session lookup needs it.

export type TSessionPolicy = { idleHours: number; maxDays: number };

export async function unsafeReadSessionPolicy(): Promise<TSessionPolicy & { version: number }> {
  const row = await db.appSetting.findUnique({ where: { id: 1 }, select: { sessionIdleHours: true, sessionMaxDays: true, version: true } });
  return {
    idleHours: row?.sessionIdleHours ?? SESSION_POLICY.idleHours.default,
    maxDays: row?.sessionMaxDays ?? SESSION_POLICY.maxDays.default,
    version: row?.version ?? 1,
  };
}

/** Whether a session is still alive under the policy, at `now`. */
export function sessionAlive(
  session: { createdAt: Date; lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null },
  policy: TSessionPolicy,
  now: number = Date.now(),
): boolean {
  if (session.revokedAt || session.expiresAt.getTime() <= now) return false;
  // The policy as it is now, not as it was at sign-in: a shortened lifetime ends older sessions too.
  if (session.createdAt.getTime() + policy.maxDays * 86_400_000 <= now) return false;
  return session.lastSeenAt.getTime() + policy.idleHours * 3_600_000 > now;
}
