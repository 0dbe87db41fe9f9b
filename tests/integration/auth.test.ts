import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, unsafeGetActorByApiToken } from '@/lib/data/admin/api-tokens';
import { revokeSession, unsafeGetActorBySessionToken } from '@/lib/data/account/sessions';
import { unsafeSignIn } from '@/lib/data/account/sign-in';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

const auditCount = (action: string) => prisma.auditEvent.count({ where: { action } });

describe('sign-in', () => {
  it('opens a session for the right password and records it', async () => {
    const before = await auditCount('SIGN_IN');
    const result = await unsafeSignIn('Member@Test.Example.org ', 'correct horse battery');
    expect(result?.userId).toBe(org.users.member.id);
    const actor = await unsafeGetActorBySessionToken(result!.token);
    expect(actor).toMatchObject({ userId: org.users.member.id, role: 'MEMBER', personId: org.people.dora.id });
    expect(await auditCount('SIGN_IN')).toBe(before + 1);
    // Only the token's hash is stored.
    const stored = await prisma.session.findFirstOrThrow({ where: { userId: org.users.member.id } });
    expect(stored.tokenHash).not.toContain(result!.token);
  });

  it('rejects a wrong password and an unknown email alike, and records both', async () => {
    const before = await auditCount('SIGN_IN_FAILED');
    expect(await unsafeSignIn('member@test.example.org', 'wrong horse battery')).toBeNull();
    expect(await unsafeSignIn('nobody@test.example.org', 'correct horse battery')).toBeNull();
    expect(await auditCount('SIGN_IN_FAILED')).toBe(before + 2);
  });

  it('refuses a disabled user, and a disabled user’s open session stops working at once', async () => {
    const open = await unsafeSignIn('coord@test.example.org', 'correct horse battery');
    expect(await unsafeGetActorBySessionToken(open!.token)).not.toBeNull();
    await prisma.user.update({ where: { id: org.users.coordinator.id }, data: { disabledAt: new Date() } });
    try {
      expect(await unsafeGetActorBySessionToken(open!.token)).toBeNull();
      expect(await unsafeSignIn('coord@test.example.org', 'correct horse battery')).toBeNull();
    } finally {
      await prisma.user.update({ where: { id: org.users.coordinator.id }, data: { disabledAt: null } });
    }
  });

  it('re-reads role and scope on every request', async () => {
    const open = await unsafeSignIn('coord@test.example.org', 'correct horse battery');
    expect((await unsafeGetActorBySessionToken(open!.token))?.scope.circleIds).toEqual([org.circles.circleA.id]);
    await prisma.user.update({ where: { id: org.users.coordinator.id }, data: { role: 'MEMBER' } });
    try {
      const actor = await unsafeGetActorBySessionToken(open!.token);
      expect(actor?.role).toBe('MEMBER');
      expect(actor?.scope.circleIds).toEqual([]); // assignments count only for coordinators
    } finally {
      await prisma.user.update({ where: { id: org.users.coordinator.id }, data: { role: 'COORDINATOR' } });
    }
  });

  it('makes the same actor from a session and from an API token of the same user, and neither for a disabled one', async () => {
    const open = await unsafeSignIn('coord@test.example.org', 'correct horse battery');
    const { token } = await createApiToken(org.actors.admin, { name: 'Coordinación', userId: org.users.coordinator.id });
    const bySession = await unsafeGetActorBySessionToken(open!.token);
    expect(bySession).toEqual({ ...org.actors.coordinator, scope: { circleIds: [org.circles.circleA.id], organizationIds: [], precinctIds: [] } });
    expect(await unsafeGetActorByApiToken(token)).toEqual(bySession);
    await prisma.user.update({ where: { id: org.users.coordinator.id }, data: { disabledAt: new Date() } });
    try {
      expect(await unsafeGetActorBySessionToken(open!.token)).toBeNull();
      expect(await unsafeGetActorByApiToken(token)).toBeNull();
    } finally {
      await prisma.user.update({ where: { id: org.users.coordinator.id }, data: { disabledAt: null } });
    }
  });

  it('ends a session on sign-out', async () => {
    const open = await unsafeSignIn('admin@test.example.org', 'correct horse battery');
    await revokeSession(open!.token);
    expect(await unsafeGetActorBySessionToken(open!.token)).toBeNull();
    expect(await unsafeGetActorBySessionToken('not-a-real-token')).toBeNull();
  });
});
