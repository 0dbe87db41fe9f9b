import { randomBytes } from 'node:crypto';
import type { TActor } from '@/lib/access/actor';
import { accountName } from '@/lib/format/account';
import { db } from '@/lib/db/prisma';
import { requireCan } from '@/lib/access/capabilities';
import { recordAudit } from '@/lib/data/audit';
import { actorOfUser, actorUserSelect, hashToken } from '@/lib/data/account/sessions';
import { AppError, notFoundError } from '@/lib/errors';

// Keys for the OSDI API. Leadership creates and revokes them; each acts as one user, with that
// user's role and scope, re-read on every request like a session. Only the SHA-256 of a token is
// stored: a copy of the database cannot be used to call the API.

export async function listApiTokens(actor: TActor) {
  requireCan(actor, 'admin.apiTokens');
  return db.apiToken.findMany({
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true, expiresAt: true, user: { select: { email: true, phone: true, role: true } } },
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
  }).then((rows) => rows.map(({ user, ...r }) => ({ ...r, user: { account: accountName(user), role: user.role } })));
}
export type TApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

/** The users a token may act as: every active account. */
export async function listTokenUsers(actor: TActor) {
  requireCan(actor, 'admin.apiTokens');
  const users = await db.user.findMany({ where: { disabledAt: null }, select: { id: true, email: true, phone: true, role: true }, orderBy: { email: 'asc' } });
  return users.map((u) => ({ id: u.id, account: accountName(u), role: u.role }));
}

/** Creates a token and returns it, the only time it is ever shown. It works for `days` days (90 unless chosen). */
export async function createApiToken(actor: TActor, input: { name: string; userId: string; days?: number }): Promise<{ id: string; token: string }> {
  requireCan(actor, 'admin.apiTokens');
  const token = `lvn_${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(Date.now() + (input.days ?? 90) * 86_400_000);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: input.userId, disabledAt: null }, select: { id: true } });
    if (!user) throw new AppError('INVALID', 'invalidChoice', { field: 'userId' });
    const created = await tx.apiToken.create({
      data: { name: input.name, tokenHash: hashToken(token), prefix: token.slice(0, 10), userId: user.id, expiresAt },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: 'CREATE', entityType: 'api_token', entityId: created.id, fields: ['name', 'userId', 'expiresAt'] });
    return { id: created.id, token };
  });
}

export async function revokeApiToken(actor: TActor, id: string): Promise<void> {
  requireCan(actor, 'admin.apiTokens');
  await db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count !== 1) throw notFoundError();
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'api_token', entityId: id, fields: ['revokedAt'] });
  });
}

/**
 * The actor behind an API token, or null for an unknown, revoked, expired or disabled one. Unscoped by
 * nature (it runs before there is an actor), hence `unsafe`.
 */
export async function unsafeGetActorByApiToken(token: string): Promise<TActor | null> {
  if (!token.startsWith('lvn_') || token.length > 100) return null;
  const found = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, expiresAt: true, lastUsedAt: true, user: { select: actorUserSelect } },
  });
  // Security: a revoked or expired token, or one whose user is disabled (actorOfUser), is no actor at all.
  if (!found || found.revokedAt || found.expiresAt <= new Date()) return null;
  const actor = actorOfUser(found.user);
  if (!actor) return null;
  // "Last used" to the minute is enough, and spares a write on every request.
  if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
  }
  return actor;
}
