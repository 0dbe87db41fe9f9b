import type { TActor } from '@/lib/access/actor';
import { requireCan, roleCan } from '@/lib/access/capabilities';
import { hashToken } from '@/lib/data/account/sessions';
import { recordAudit } from '@/lib/data/audit';
import { db } from '@/lib/db/prisma';
import { AppError, notFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { newRecoveryCodes, normalizeRecoveryCode } from '@/lib/otp/recovery';
import { matchTotp, newTotpSecret, totpUri } from '@/lib/otp/totp';
import { accountName } from '@/lib/format/account';

// Two-factor sign-in: an authenticator app (TOTP) and one-time recovery codes. Each user sets up
// their own (My profile → Security); leadership must (lib/access/capabilities.ts), and a leader
// can reset someone else's when they lose their phone. The secret stays in the database, since
// the server computes the codes too; recovery codes are kept only as hashes.

type TTx = Prisma.TransactionClient;
const ISSUER = 'Leaven';

/** What the security page shows: whether it is on, the setup in progress, codes left. */
export async function getTwoFactorStatus(actor: TActor) {
  const [row, codesLeft] = await Promise.all([
    db.twoFactor.findUnique({ where: { userId: actor.userId }, select: { enabledAt: true, pendingSecret: true } }),
    db.recoveryCode.count({ where: { userId: actor.userId, usedAt: null } }),
  ]);
  const pending = row?.pendingSecret ?? null;
  return {
    enabledAt: row?.enabledAt ?? null,
    required: roleCan(actor.role, 'account.requireSecondFactor'),
    setup: pending ? { secret: pending, uri: totpUri(pending, accountName(actor), ISSUER) } : null,
    codesLeft,
  };
}
export type TTwoFactorStatus = Awaited<ReturnType<typeof getTwoFactorStatus>>;

/**
 * Accepts a code of the authenticator in use: a step at most one away from now, and later than
 * the last one accepted. Security: the UPDATE's condition makes "not used before" and "now used"
 * one atomic step, so the same code sent twice at once is accepted once.
 */
async function acceptTotp(client: TTx | typeof db, userId: string, secret: string | null, code: string): Promise<boolean> {
  const step = secret ? matchTotp(secret, code, Date.now()) : null;
  if (step === null) return false;
  const { count } = await client.twoFactor.updateMany({ where: { userId, lastStep: { lt: BigInt(step) } }, data: { lastStep: BigInt(step) } });
  return count === 1;
}

/** Uses up one recovery code, atomically: a code works once, even when sent twice at once. */
async function acceptRecoveryCode(client: TTx | typeof db, userId: string, code: string): Promise<boolean> {
  const { count } = await client.recoveryCode.updateMany({ where: { userId, codeHash: hashToken(normalizeRecoveryCode(code)), usedAt: null }, data: { usedAt: new Date() } });
  return count === 1;
}

/** The second factor at sign-in (no actor yet): which kind was accepted, or null. */
export async function unsafeCheckSecondFactor(userId: string, code: string): Promise<'totp' | 'recovery' | null> {
  const row = await db.twoFactor.findUnique({ where: { userId }, select: { secret: true, enabledAt: true } });
  if (!row?.enabledAt) return null;
  if (await acceptTotp(db, userId, row.secret, code)) return 'totp';
  return (await acceptRecoveryCode(db, userId, code)) ? 'recovery' : null;
}

/** Whether the user has a second factor turned on (sign-in asks for it). */
export async function unsafeHasSecondFactor(userId: string): Promise<boolean> {
  return Boolean((await db.twoFactor.findUnique({ where: { userId }, select: { enabledAt: true } }))?.enabledAt);
}

/** A current code, required before changing a second factor that is on. */
async function requireCurrentCode(tx: TTx, actor: TActor, code: string | undefined): Promise<void> {
  const row = await tx.twoFactor.findUnique({ where: { userId: actor.userId }, select: { secret: true } });
  const ok = code ? (await acceptTotp(tx, actor.userId, row?.secret ?? null, code)) || (await acceptRecoveryCode(tx, actor.userId, code)) : false;
  if (!ok) throw new AppError('INVALID', 'wrongCode', { field: 'code' });
}

/** Starts setting up an authenticator: a new secret to scan. Moving to a new phone needs a current code first. */
export async function startTwoFactorSetup(actor: TActor, currentCode?: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.twoFactor.findUnique({ where: { userId: actor.userId }, select: { enabledAt: true } });
    if (row?.enabledAt) await requireCurrentCode(tx, actor, currentCode);
    const pendingSecret = newTotpSecret();
    await tx.twoFactor.upsert({ where: { userId: actor.userId }, create: { userId: actor.userId, pendingSecret }, update: { pendingSecret } });
  });
}

async function replaceRecoveryCodes(tx: TTx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashToken(normalizeRecoveryCode(code)) })) });
  return codes;
}

/** Confirms the setup with a code from the app: it is on, and here are the recovery codes, shown this once. */
export async function confirmTwoFactorSetup(actor: TActor, code: string): Promise<{ recoveryCodes: string[] }> {
  return db.$transaction(async (tx) => {
    const row = await tx.twoFactor.findUnique({ where: { userId: actor.userId }, select: { pendingSecret: true } });
    if (!row?.pendingSecret) throw new AppError('INVALID', 'setupExpired', { field: 'code' });
    const step = matchTotp(row.pendingSecret, code, Date.now());
    if (step === null) throw new AppError('INVALID', 'wrongCode', { field: 'code' });
    await tx.twoFactor.update({
      where: { userId: actor.userId },
      data: { secret: row.pendingSecret, pendingSecret: null, enabledAt: new Date(), lastStep: BigInt(step) },
    });
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId);
    await recordAudit(tx, actor, { action: 'SECOND_FACTOR_ON', entityType: 'user', entityId: actor.userId, fields: ['secondFactor', 'recoveryCodes'] });
    return { recoveryCodes };
  });
}

/** New recovery codes (the old ones stop working), after a current code. */
export async function renewRecoveryCodes(actor: TActor, code: string): Promise<{ recoveryCodes: string[] }> {
  return db.$transaction(async (tx) => {
    await requireCurrentCode(tx, actor, code);
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId);
    await recordAudit(tx, actor, { action: 'RECOVERY_CODES', entityType: 'user', entityId: actor.userId, fields: ['recoveryCodes'] });
    return { recoveryCodes };
  });
}

/** Turns two-factor sign-in off, after a current code. Leadership may not: for them it is required. */
export async function turnOffTwoFactor(actor: TActor, code: string): Promise<void> {
  if (roleCan(actor.role, 'account.requireSecondFactor')) throw new AppError('INVALID', 'secondFactorRequired');
  await db.$transaction(async (tx) => {
    await requireCurrentCode(tx, actor, code);
    await tx.twoFactor.delete({ where: { userId: actor.userId } });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.userId } });
    await recordAudit(tx, actor, { action: 'SECOND_FACTOR_OFF', entityType: 'user', entityId: actor.userId, fields: ['secondFactor', 'recoveryCodes'] });
  });
}

/**
 * A leader resets someone else's second factor (a lost phone): it is gone, with its recovery codes,
 * and so are their sessions. A leader among them is asked to set one up at their next sign-in.
 */
export async function resetSecondFactor(actor: TActor, userId: string): Promise<void> {
  requireCan(actor, 'admin.users');
  if (actor.userId === userId) throw new AppError('INVALID', 'cannotChangeSelf');
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw notFoundError();
    const { count } = await tx.twoFactor.deleteMany({ where: { userId } });
    if (count === 0) throw new AppError('INVALID', 'noSecondFactor');
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAudit(tx, actor, { action: 'SECOND_FACTOR_RESET', entityType: 'user', entityId: userId, fields: ['secondFactor', 'recoveryCodes'] });
  });
}
