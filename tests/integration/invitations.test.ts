import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, unsafeGetActorBySessionToken } from '@/lib/data/account/sessions';
import { unsafeSignIn } from '@/lib/data/account/sign-in';
import { createResetLink, inviteUser, renewInvitation, unsafeAcceptInvitation, unsafeGetLinkState, unsafeResetPassword } from '@/lib/data/account/invitations';
import { getUser, listUsers, setUserDisabled, setUserRole, setUserScope } from '@/lib/data/admin/users';
import { isAppError } from '@/lib/errors';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;
const noScope = { circleIds: [], organizationIds: [], precinctIds: [] };

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

async function errorOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isAppError(e)) return `${e.code}:${e.message}`;
    throw e;
  }
  return 'none';
}

describe('invitations', () => {
  it('creates the account with its role and scope, stores only the hash of the link, and opens once', async () => {
    const link = await inviteUser(org.actors.admin, { email: 'new.coord@test.example.org', role: 'COORDINATOR', personId: null, ...noScope, circleIds: [org.circles.circleB.id] });
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    const stored = await prisma.oneTimeLink.findMany({ where: { userId: link.userId } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).toBe(hashToken(link.token));
    expect(JSON.stringify(stored)).not.toContain(link.token);
    expect((await listUsers(org.actors.admin)).find((u) => u.id === link.userId)?.status).toBe('INVITED');
    // Nobody can sign in before the invitee set a password.
    expect(await unsafeSignIn('new.coord@test.example.org', '')).toBeNull();

    expect(await unsafeGetLinkState(link.token, 'INVITE')).toEqual({ state: 'VALID', login: 'new.coord@test.example.org', needsPerson: true });
    const password = 'a long enough password';
    await unsafeAcceptInvitation({ token: link.token, password, confirm: password, givenName: 'Nuevo', familyName: 'Coordinador', phone: '+17735550199' });
    const signedIn = await unsafeSignIn('new.coord@test.example.org', password);
    const actor = await unsafeGetActorBySessionToken(signedIn!.token);
    expect(actor).toMatchObject({ role: 'COORDINATOR', scope: { circleIds: [org.circles.circleB.id] } });
    const person = await prisma.person.findUniqueOrThrow({ where: { id: actor!.personId! }, include: { phones: true } });
    expect(person).toMatchObject({ givenName: 'Nuevo', familyName: 'Coordinador', addedByUserId: org.users.admin.id });
    expect(person.phones.map((p) => p.e164)).toEqual(['+17735550199']);
    expect((await listUsers(org.actors.admin)).find((u) => u.id === link.userId)?.status).toBe('ACTIVE');

    // Single use: the second time the link is spent, and says so.
    expect(await unsafeGetLinkState(link.token, 'INVITE')).toEqual({ state: 'USED' });
    expect(await errorOf(unsafeAcceptInvitation({ token: link.token, password: 'another password!', confirm: 'another password!', givenName: 'X', familyName: null, phone: null }))).toBe('INVALID:linkInvalid');
    expect(await unsafeSignIn('new.coord@test.example.org', 'another password!')).toBeNull();
  });

  it('refuses an expired link, an unknown one, and one replaced by a newer invitation', async () => {
    const link = await inviteUser(org.actors.admin, { email: 'late@test.example.org', role: 'MEMBER', personId: org.people.fer.id, ...noScope });
    expect(await unsafeGetLinkState(link.token, 'INVITE')).toMatchObject({ state: 'VALID', needsPerson: false });
    await prisma.oneTimeLink.updateMany({ where: { userId: link.userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await unsafeGetLinkState(link.token, 'INVITE')).toEqual({ state: 'EXPIRED' });
    expect(await errorOf(unsafeAcceptInvitation({ token: link.token, password: 'twelve chars!!', confirm: 'twelve chars!!', givenName: null, familyName: null, phone: null }))).toBe('INVALID:linkInvalid');
    expect((await listUsers(org.actors.admin)).find((u) => u.id === link.userId)?.status).toBe('INVITE_EXPIRED');

    const renewed = await renewInvitation(org.actors.admin, link.userId);
    await prisma.oneTimeLink.updateMany({ where: { tokenHash: hashToken(link.token) }, data: { expiresAt: new Date(Date.now() + 86_400_000) } });
    // The older link stays dead even though it would not have expired yet.
    expect(await unsafeGetLinkState(link.token, 'INVITE')).toEqual({ state: 'EXPIRED' });
    expect(await unsafeGetLinkState('A'.repeat(43), 'INVITE')).toEqual({ state: 'UNKNOWN' });
    // An invitation link does not reset a password, nor the other way round.
    expect(await unsafeGetLinkState(renewed.token, 'RESET')).toEqual({ state: 'UNKNOWN' });

    await unsafeAcceptInvitation({ token: renewed.token, password: 'twelve chars!!', confirm: 'twelve chars!!', givenName: null, familyName: null, phone: null });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: link.userId } });
    expect(user.personId).toBe(org.people.fer.id);
  });

  it('refuses an email that has an account and a person who already has one', async () => {
    expect(await errorOf(inviteUser(org.actors.admin, { email: 'member@test.example.org', role: 'MEMBER', personId: null, ...noScope }))).toBe('INVALID:emailTaken');
    expect(await errorOf(inviteUser(org.actors.admin, { email: 'other@test.example.org', role: 'MEMBER', personId: org.people.dora.id, ...noScope }))).toBe('INVALID:personHasUser');
  });

  it('answers NotFound to coordinators and members, for every user function', async () => {
    for (const actor of [org.actors.coordinator, org.actors.member]) {
      expect(await errorOf(inviteUser(actor, { email: 'x@test.example.org', role: 'ADMIN', personId: null, ...noScope }))).toBe('NOT_FOUND:NOT_FOUND');
      expect(await errorOf(listUsers(actor))).toBe('NOT_FOUND:NOT_FOUND');
      expect(await errorOf(getUser(actor, org.users.member.id))).toBe('NOT_FOUND:NOT_FOUND');
      expect(await errorOf(createResetLink(actor, org.users.member.id))).toBe('NOT_FOUND:NOT_FOUND');
      expect(await errorOf(setUserRole(actor, { userId: actor.userId, role: 'ADMIN' }))).toBe('NOT_FOUND:NOT_FOUND');
      expect(await errorOf(setUserScope(actor, actor.userId, { ...noScope, circleIds: [org.circles.circleB.id] }))).toBe('NOT_FOUND:NOT_FOUND');
    }
    expect(await prisma.user.count({ where: { email: 'x@test.example.org' } })).toBe(0);
  });
});

describe('managing users', () => {
  it('disables a user at once, revoking every session, and enables them again', async () => {
    const open = await unsafeSignIn('member@test.example.org', 'correct horse battery');
    await setUserDisabled(org.actors.admin, { userId: org.users.member.id, disabled: true });
    expect(await unsafeGetActorBySessionToken(open!.token)).toBeNull();
    expect((await getUser(org.actors.admin, org.users.member.id)).status).toBe('DISABLED');
    expect(await unsafeSignIn('member@test.example.org', 'correct horse battery')).toBeNull();
    await setUserDisabled(org.actors.admin, { userId: org.users.member.id, disabled: false });
    // The old session stays ended; a new sign-in works.
    expect(await unsafeGetActorBySessionToken(open!.token)).toBeNull();
    expect(await unsafeSignIn('member@test.example.org', 'correct horse battery')).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: { in: ['DISABLE', 'ENABLE'] }, entityId: org.users.member.id } })).toBe(2);
  });

  it('changes a role and a scope, effective on the next request, and never the leader’s own', async () => {
    const open = await unsafeSignIn('coord@test.example.org', 'correct horse battery');
    await setUserScope(org.actors.admin, org.users.coordinator.id, { circleIds: [org.circles.circleB.id], organizationIds: [org.org.id], precinctIds: [org.precincts.p1.id] });
    expect((await unsafeGetActorBySessionToken(open!.token))?.scope).toEqual({ circleIds: [org.circles.circleB.id], organizationIds: [org.org.id], precinctIds: [org.precincts.p1.id] });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: org.users.coordinator.id, action: 'UPDATE' }, orderBy: { at: 'desc' } });
    expect(audit.changedFields.sort()).toEqual(['scope.circles', 'scope.organizations', 'scope.precincts']);

    await setUserRole(org.actors.admin, { userId: org.users.coordinator.id, role: 'MEMBER' });
    expect((await unsafeGetActorBySessionToken(open!.token))?.role).toBe('MEMBER');
    // The assignments went with the role: made a coordinator again, they start from none.
    expect(await prisma.scope.count({ where: { userId: org.users.coordinator.id } })).toBe(0);
    const demoted = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: org.users.coordinator.id, action: 'UPDATE' }, orderBy: { at: 'desc' } });
    expect(demoted.changedFields).toEqual(['role', 'scope']);
    await setUserRole(org.actors.admin, { userId: org.users.coordinator.id, role: 'COORDINATOR' });
    expect((await unsafeGetActorBySessionToken(open!.token))?.scope).toEqual(noScope);
    await setUserScope(org.actors.admin, org.users.coordinator.id, { ...noScope, circleIds: [org.circles.circleA.id] });

    expect(await errorOf(setUserRole(org.actors.admin, { userId: org.users.admin.id, role: 'MEMBER' }))).toBe('INVALID:cannotChangeSelf');
    expect(await errorOf(setUserDisabled(org.actors.admin, { userId: org.users.admin.id, disabled: true }))).toBe('INVALID:cannotChangeSelf');
    expect(await errorOf(setUserScope(org.actors.admin, org.users.coordinator.id, { ...noScope, circleIds: ['00000000-0000-0000-0000-000000000001'] }))).toBe('INVALID:invalidChoice');
  });

  it('assigns circles, organizations and precincts to coordinators only', async () => {
    const otherLeader = await prisma.user.create({ data: { email: 'leader2@test.example.org', role: 'ADMIN', passwordHash: 'not-a-hash' } });
    const scope = { circleIds: [org.circles.circleB.id], organizationIds: [org.org.id], precinctIds: [org.precincts.p1.id] };
    for (const userId of [org.users.member.id, otherLeader.id]) {
      expect(await errorOf(setUserScope(org.actors.admin, userId, scope))).toBe('INVALID:scopeOnlyCoordinators');
      expect(await prisma.scope.count({ where: { userId } })).toBe(0);
    }
  });

  it('resets a password by a one-time link that signs out the old sessions', async () => {
    const open = await unsafeSignIn('coord@test.example.org', 'correct horse battery');
    const link = await createResetLink(org.actors.admin, org.users.coordinator.id);
    expect(await unsafeGetLinkState(link.token, 'RESET')).toEqual({ state: 'VALID', login: 'coord@test.example.org', needsPerson: false });
    await unsafeResetPassword({ token: link.token, password: 'brand new password', confirm: 'brand new password' });
    expect(await unsafeGetActorBySessionToken(open!.token)).toBeNull();
    expect(await unsafeSignIn('coord@test.example.org', 'correct horse battery')).toBeNull();
    expect(await unsafeSignIn('coord@test.example.org', 'brand new password')).not.toBeNull();
    expect(await errorOf(unsafeResetPassword({ token: link.token, password: 'third password!!', confirm: 'third password!!' }))).toBe('INVALID:linkInvalid');
  });
});
