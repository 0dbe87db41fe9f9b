import { randomBytes } from 'node:crypto';
import type { TActor } from '@/lib/access/actor';
import { hashPassword } from '@/lib/data/account/password';
import { db } from '@/lib/db/prisma';
import { requireCan, roleCan } from '@/lib/access/capabilities';
import { recordAudit } from '@/lib/data/audit';
import { hashToken } from '@/lib/data/account/sessions';
import { unsafeWriteScope } from '@/lib/data/admin/users';
import { AppError, notFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { OneTimeLinkPurpose } from '@/lib/generated/prisma/enums';
import type { TAcceptInvitationInput, TInviteInput, TResetPasswordInput } from '@/lib/validation/invitation';

// One-time links: an invitation (the invitee sets their first password) or a password reset.
// Security: the token is 32 random bytes shown once to the leader (or emailed); only its SHA-256
// is stored. A link works once, for 7 days, and a newer link of the same kind replaces older ones.

export const LINK_DAYS = 7;
type TTx = Prisma.TransactionClient;
/** A link made for an account, and where it can be sent: its email, its phone, or both. */
export type TNewLink = { userId: string; email: string | null; phone: string | null; token: string; expiresAt: Date };

async function issueLink(tx: TTx, actor: TActor, userId: string, purpose: OneTimeLinkPurpose): Promise<{ token: string; expiresAt: Date }> {
  const now = new Date();
  await tx.oneTimeLink.updateMany({ where: { userId, purpose, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + LINK_DAYS * 86_400_000);
  await tx.oneTimeLink.create({ data: { tokenHash: hashToken(token), purpose, userId, createdById: actor.userId, expiresAt } });
  await recordAudit(tx, actor, { action: purpose === 'INVITE' ? 'INVITE' : 'RESET_LINK', entityType: 'user', entityId: userId });
  return { token, expiresAt };
}

/** Creates the account (no usable password yet), its role and assignments, and an invitation link. */
export async function inviteUser(actor: TActor, input: Omit<TInviteInput, 'phone'> & { phone?: string | null }): Promise<TNewLink> {
  requireCan(actor, 'admin.users');
  return db.$transaction(async (tx) => {
    if (input.email && (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))) {
      throw new AppError('INVALID', 'emailTaken', { field: 'email' });
    }
    if (input.phone && (await tx.user.findUnique({ where: { phone: input.phone }, select: { id: true } }))) {
      throw new AppError('INVALID', 'phoneTaken', { field: 'phone' });
    }
    if (input.personId) {
      const person = await tx.person.findFirst({ where: { id: input.personId, deletedAt: null }, select: { user: { select: { id: true } } } });
      if (!person) throw new AppError('INVALID', 'invalidChoice', { field: 'personId' });
      if (person.user) throw new AppError('INVALID', 'personHasUser', { field: 'personId' });
    }
    // Nobody knows this password: the account opens only through the link.
    const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
    const user = await tx.user.create({
      data: { email: input.email, phone: input.phone ?? null, role: input.role, personId: input.personId, passwordHash },
      select: { id: true, email: true, phone: true },
    });
    const assigned = roleCan(input.role, 'scope.assigned');
    if (assigned) await unsafeWriteScope(tx, user.id, input);
    const fields = [...(input.email ? ['email'] : []), ...(input.phone ? ['phone'] : []), 'role', ...(input.personId ? ['personId'] : []), ...(assigned ? ['scope'] : [])];
    await recordAudit(tx, actor, { action: 'CREATE', entityType: 'user', entityId: user.id, fields });
    return { userId: user.id, email: user.email, phone: user.phone, ...(await issueLink(tx, actor, user.id, 'INVITE')) };
  });
}

/** A fresh invitation for someone who has not accepted yet (the old link stops working). */
export async function renewInvitation(actor: TActor, userId: string): Promise<TNewLink> {
  requireCan(actor, 'admin.users');
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, phone: true, links: { where: { purpose: 'INVITE', usedAt: { not: null } }, select: { id: true } } } });
    if (!user) throw notFoundError();
    if (user.links.length) throw new AppError('INVALID', 'alreadyAccepted');
    return { userId, email: user.email, phone: user.phone, ...(await issueLink(tx, actor, userId, 'INVITE')) };
  });
}

/** A password-reset link; the old password keeps working until the link is used. */
export async function createResetLink(actor: TActor, userId: string): Promise<TNewLink> {
  requireCan(actor, 'admin.users');
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, phone: true } });
    if (!user) throw notFoundError();
    return { userId, email: user.email, phone: user.phone, ...(await issueLink(tx, actor, userId, 'RESET')) };
  });
}

export type TLinkState =
  /** `login`: what the account signs in with (its email, else its phone). */
  | { state: 'VALID'; login: string; needsPerson: boolean }
  | { state: 'UNKNOWN' | 'EXPIRED' | 'USED' };

/** What a link's page shows. Unscoped by nature: the visitor is not signed in, the token is the key. */
export async function unsafeGetLinkState(token: string, purpose: OneTimeLinkPurpose): Promise<TLinkState> {
  const link = await db.oneTimeLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, usedAt: true, revokedAt: true, expiresAt: true, user: { select: { email: true, phone: true, personId: true, disabledAt: true } } },
  });
  if (!link || link.purpose !== purpose || link.user.disabledAt) return { state: 'UNKNOWN' };
  if (link.usedAt) return { state: 'USED' };
  // A replaced link reads as expired: the person should ask for the newest one.
  if (link.revokedAt || link.expiresAt <= new Date()) return { state: 'EXPIRED' };
  return { state: 'VALID', login: link.user.email ?? link.user.phone ?? '', needsPerson: purpose === 'INVITE' && !link.user.personId };
}

/** Uses a link exactly once: the UPDATE's conditions make claiming it atomic, even for two clicks at once. */
async function claimLink(tx: TTx, token: string, purpose: OneTimeLinkPurpose) {
  const now = new Date();
  const tokenHash = hashToken(token);
  const { count } = await tx.oneTimeLink.updateMany({
    where: { tokenHash, purpose, usedAt: null, revokedAt: null, expiresAt: { gt: now }, user: { disabledAt: null } },
    data: { usedAt: now },
  });
  if (count !== 1) throw new AppError('INVALID', 'linkInvalid');
  const link = await tx.oneTimeLink.findUniqueOrThrow({
    where: { tokenHash },
    select: { createdById: true, user: { select: { id: true, email: true, phone: true, personId: true } } },
  });
  return link;
}

/** The invitee sets their password (and, if no person was linked, creates their own record). Answers what they sign in with. */
export async function unsafeAcceptInvitation(input: TAcceptInvitationInput): Promise<{ login: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const { createdById, user } = await claimLink(tx, input.token, 'INVITE');
    const self = { userId: user.id };
    if (!user.personId) {
      if (!input.givenName && !input.familyName) throw new AppError('INVALID', 'nameRequired', { field: 'givenName' });
      const person = await tx.person.create({
        data: {
          givenName: input.givenName,
          familyName: input.familyName,
          // Counted among the inviting leader's additions, as if they had entered the record.
          addedByUserId: createdById,
          // Invited by phone: that phone is theirs, unless they give another.
          phones: (input.phone ?? user.phone) ? { create: { e164: (input.phone ?? user.phone)!, isPrimary: true } } : undefined,
          // The address they were invited at and sign in with, so their profile is not without one.
          // Accepting an account is not a yes to the organization's emails: the answer stays unknown.
          emails: user.email ? { create: { email: user.email, isPrimary: true, status: 'UNKNOWN' } } : undefined,
        },
        select: { id: true },
      });
      await tx.user.update({ where: { id: user.id }, data: { personId: person.id } });
      const given = { givenName: input.givenName, familyName: input.familyName, phones: input.phone ?? user.phone, emails: user.email };
      const fields = (['givenName', 'familyName', 'phones', 'emails'] as const).filter((f) => given[f]);
      await recordAudit(tx, self, { action: 'CREATE', entityType: 'person', entityId: person.id, fields });
    }
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await recordAudit(tx, self, { action: 'ACCEPT_INVITE', entityType: 'user', entityId: user.id, fields: ['passwordHash'] });
    return { login: user.email ?? user.phone! };
  });
}

/** Sets a new password from a reset link and signs out every browser that had the old one. */
export async function unsafeResetPassword(input: TResetPasswordInput): Promise<{ login: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const { user } = await claimLink(tx, input.token, 'RESET');
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { userId: user.id }, { action: 'RESET_PASSWORD', entityType: 'user', entityId: user.id, fields: ['passwordHash'] });
    return { login: user.email ?? user.phone! };
  });
}
