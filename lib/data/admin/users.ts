import type { TActor } from '@/lib/access/actor';
import { accountName } from '@/lib/format/account';
import { db } from '@/lib/db/prisma';
import { requireCan, roleCan } from '@/lib/access/capabilities';
import { recordAudit } from '@/lib/data/audit';
import { searchPeople, type TPersonHit } from '@/lib/data/people/search';
import { AppError, notFoundError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import type { TScopeIds } from '@/lib/validation/user';

// Leadership's view of the accounts: who has one, with which role and assignments, and whether
// it is in use. Every function here answers NotFound to anyone but leadership.

export type TUserStatus = 'ACTIVE' | 'INVITED' | 'INVITE_EXPIRED' | 'DISABLED';

const nameSelect = { id: true, givenName: true, familyName: true, preferredName: true } satisfies Prisma.PersonSelect;
const userSelect = {
  id: true,
  email: true,
  phone: true,
  role: true,
  disabledAt: true,
  lastSignInAt: true,
  createdAt: true,
  person: { select: nameSelect },
  // The invitation decides whether the account was ever taken up.
  links: { where: { purpose: 'INVITE' }, select: { usedAt: true, revokedAt: true, expiresAt: true } },
} satisfies Prisma.UserSelect;
type TUserPayload = Prisma.UserGetPayload<{ select: typeof userSelect }>;

function statusOf(u: TUserPayload, now = new Date()): TUserStatus {
  if (u.disabledAt) return 'DISABLED';
  // An account created by invitation is active once the invitation was used; older accounts
  // (the first leader, the demo) never had one.
  if (u.links.length === 0 || u.links.some((l) => l.usedAt)) return 'ACTIVE';
  return u.links.some((l) => !l.revokedAt && l.expiresAt > now) ? 'INVITED' : 'INVITE_EXPIRED';
}

const toRow = (u: TUserPayload) => ({
  id: u.id,
  email: u.email,
  phone: u.phone,
  /** What the account signs in with, as shown: its email, else its phone. */
  account: accountName(u),
  role: u.role,
  person: u.person,
  status: statusOf(u),
  lastSignInAt: u.lastSignInAt,
  createdAt: u.createdAt,
});
export type TUserRow = ReturnType<typeof toRow>;

export async function listUsers(actor: TActor): Promise<TUserRow[]> {
  requireCan(actor, 'admin.users');
  const users = await db.user.findMany({ select: userSelect, orderBy: [{ role: 'asc' }, { email: 'asc' }] });
  return users.map(toRow);
}

/** One user with their assignments, for the user's admin page. */
export async function getUser(actor: TActor, id: string) {
  requireCan(actor, 'admin.users');
  const user = await db.user.findUnique({
    where: { id },
    select: { ...userSelect, scopes: { select: { circleId: true, organizationId: true, precinctId: true } }, twoFactor: { select: { enabledAt: true } } },
  });
  if (!user) throw notFoundError();
  const ids = (k: 'circleId' | 'organizationId' | 'precinctId') => user.scopes.map((s) => s[k]).filter((v): v is string => v !== null);
  return {
    ...toRow(user),
    scope: { circleIds: ids('circleId'), organizationIds: ids('organizationId'), precinctIds: ids('precinctId') },
    secondFactorOn: Boolean(user.twoFactor?.enabledAt),
  };
}
export type TUserDetail = Awaited<ReturnType<typeof getUser>>;

/** What a coordinator can be assigned: every live circle and organization, every precinct. */
export async function listScopeOptions(actor: TActor) {
  requireCan(actor, 'admin.users');
  const [circles, organizations, precincts] = await Promise.all([
    db.circle.findMany({ where: { deletedAt: null }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.organization.findMany({ where: { deletedAt: null }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.precinct.findMany({
      select: { id: true, number: true, name: true, ward: { select: { number: true } } },
      orderBy: [{ ward: { number: 'asc' } }, { number: 'asc' }],
    }),
  ]);
  return {
    circles,
    organizations,
    precincts: precincts.map((p) => ({ id: p.id, name: `${p.ward.number}-${p.number}${p.name ? ` ${p.name}` : ''}` })),
  };
}
export type TScopeOptions = Awaited<ReturnType<typeof listScopeOptions>>;

/** Leaders do not demote or disable themselves, so the organization is never left without one by a slip. */
function assertNotSelf(actor: TActor, userId: string) {
  if (actor.userId === userId) throw new AppError('INVALID', 'cannotChangeSelf');
}

async function assertUserExists(tx: Prisma.TransactionClient, userId: string): Promise<{ role: Role; disabledAt: Date | null }> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } });
  if (!user) throw notFoundError();
  return user;
}

/** A new role; it applies from the user's next request (sessions re-read it every time). */
export async function setUserRole(actor: TActor, { userId, role }: { userId: string; role: Role }): Promise<void> {
  requireCan(actor, 'admin.users');
  assertNotSelf(actor, userId);
  await db.$transaction(async (tx) => {
    const { role: before } = await assertUserExists(tx, userId);
    if (before === role) return;
    await tx.user.update({ where: { id: userId }, data: { role } });
    // Assignments belong to the coordinator role: they go with it, rather than wait unseen to come
    // back if the account is ever made a coordinator again.
    const { count } = roleCan(before, 'scope.assigned') ? await tx.scope.deleteMany({ where: { userId } }) : { count: 0 };
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'user', entityId: userId, fields: count ? ['role', 'scope'] : ['role'] });
  });
}

/** Disables an account at once (every open session is revoked) or enables it again. */
export async function setUserDisabled(actor: TActor, { userId, disabled }: { userId: string; disabled: boolean }): Promise<void> {
  requireCan(actor, 'admin.users');
  assertNotSelf(actor, userId);
  await db.$transaction(async (tx) => {
    const user = await assertUserExists(tx, userId);
    if (Boolean(user.disabledAt) === disabled) return;
    const now = new Date();
    await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? now : null } });
    if (disabled) await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await recordAudit(tx, actor, { action: disabled ? 'DISABLE' : 'ENABLE', entityType: 'user', entityId: userId, fields: ['disabledAt'] });
  });
}

/** Replaces a coordinator's assignments; they apply from the coordinator's next request. */
export async function setUserScope(actor: TActor, userId: string, scope: TScopeIds): Promise<void> {
  requireCan(actor, 'admin.users');
  await db.$transaction(async (tx) => {
    const user = await assertUserExists(tx, userId);
    // Assignments mean something only to a coordinator; on anyone else they would wait unseen for later code.
    if (!roleCan(user.role, 'scope.assigned')) throw new AppError('INVALID', 'scopeOnlyCoordinators');
    const current = await tx.scope.findMany({ where: { userId }, select: { circleId: true, organizationId: true, precinctId: true } });
    await tx.scope.deleteMany({ where: { userId } });
    await unsafeWriteScope(tx, userId, scope);
    const before = (k: 'circleId' | 'organizationId' | 'precinctId') => current.map((s) => s[k]).filter(Boolean).sort().join();
    const fields = [
      before('circleId') !== [...scope.circleIds].sort().join() ? 'scope.circles' : null,
      before('organizationId') !== [...scope.organizationIds].sort().join() ? 'scope.organizations' : null,
      before('precinctId') !== [...scope.precinctIds].sort().join() ? 'scope.precincts' : null,
    ].filter((f): f is string => f !== null);
    if (fields.length) await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'user', entityId: userId, fields });
  });
}

/** Writes assignments, keeping only circles, organizations and precincts that exist. */
// Unscoped: callers check that the actor is leadership before they call it.
export async function unsafeWriteScope(tx: Prisma.TransactionClient, userId: string, scope: TScopeIds): Promise<void> {
  // One query after another: a transaction is one connection, which runs one query at a time.
  const circles = await tx.circle.findMany({ where: { id: { in: scope.circleIds }, deletedAt: null }, select: { id: true } });
  const organizations = await tx.organization.findMany({ where: { id: { in: scope.organizationIds }, deletedAt: null }, select: { id: true } });
  const precincts = await tx.precinct.findMany({ where: { id: { in: scope.precinctIds } }, select: { id: true } });
  if (circles.length !== new Set(scope.circleIds).size || organizations.length !== new Set(scope.organizationIds).size || precincts.length !== new Set(scope.precinctIds).size) {
    throw new AppError('INVALID', 'invalidChoice');
  }
  await tx.scope.createMany({
    data: [
      ...circles.map((c) => ({ userId, kind: 'CIRCLE' as const, circleId: c.id })),
      ...organizations.map((o) => ({ userId, kind: 'ORGANIZATION' as const, organizationId: o.id })),
      ...precincts.map((p) => ({ userId, kind: 'PRECINCT' as const, precinctId: p.id })),
    ],
  });
}

/** People without an account whose name matches, to link an invitation to (leadership sees everyone). */
export async function searchPeopleToLink(actor: TActor, q: string): Promise<TPersonHit[]> {
  requireCan(actor, 'admin.users');
  return searchPeople(actor, q, 10, Prisma.sql`NOT EXISTS (SELECT 1 FROM app_user u WHERE u.person_id = p.id)`);
}
