import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMySessions, revokeAllMySessions, revokeMySession, unsafeGetActorBySessionToken, unsafeGetSessionByToken } from '@/lib/data/account/sessions';
import { unsafeSignIn } from '@/lib/data/account/sign-in';
import { createApiToken, listApiTokens, unsafeGetActorByApiToken } from '@/lib/data/admin/api-tokens';
import { getSessionPolicy, updateSessionPolicy } from '@/lib/data/admin/session-policy';
import { expectAppError } from '../support/app-error';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;
const PASSWORD = 'correct horse battery';
const context = { wait: async () => undefined, userAgent: 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36' };
const signIn = async (email: string) => (await unsafeSignIn(email, PASSWORD, '192.0.2.1', context))!.token;
/** Moves a session's clocks back, as if it had been opened or last used that long ago. */
const backdate = (token: string, field: 'created_at' | 'last_seen_at', hours: number) =>
  prisma.$executeRawUnsafe(`UPDATE session SET ${field} = ${field} - make_interval(hours => $1) WHERE token_hash = encode(sha256($2::bytea), 'hex')`, hours, token);

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

describe('how long a session lasts', () => {
  it('ends after 12 hours without use and 14 days after sign-in, by default', async () => {
    expect(await getSessionPolicy(org.actors.admin)).toMatchObject({ idleHours: 12, maxDays: 14 });
    const idle = await signIn('member@test.example.org');
    await backdate(idle, 'last_seen_at', 11);
    expect(await unsafeGetActorBySessionToken(idle)).not.toBeNull();
    // That request counted as use: eleven more hours are fine, thirteen are not.
    await backdate(idle, 'last_seen_at', 11);
    expect(await unsafeGetActorBySessionToken(idle)).not.toBeNull();
    await backdate(idle, 'last_seen_at', 13);
    expect(await unsafeGetActorBySessionToken(idle)).toBeNull();

    const old = await signIn('member@test.example.org');
    await backdate(old, 'created_at', 14 * 24 + 1);
    expect(await unsafeGetActorBySessionToken(old)).toBeNull();
  });

  it('follows Settings at once, for open sessions too; only leadership changes them, on top of the latest version', async () => {
    const token = await signIn('coord@test.example.org');
    await backdate(token, 'created_at', 20 * 24);
    expect(await unsafeGetActorBySessionToken(token)).toBeNull();
    const { version } = await getSessionPolicy(org.actors.admin);
    await expectAppError(updateSessionPolicy(org.actors.coordinator, { idleHours: 24, maxDays: 30, version }), 'NOT_FOUND');
    await expectAppError(getSessionPolicy(org.actors.member), 'NOT_FOUND');
    await updateSessionPolicy(org.actors.admin, { idleHours: 24, maxDays: 30, version });
    expect(await unsafeGetActorBySessionToken(token)).not.toBeNull();
    await expectAppError(updateSessionPolicy(org.actors.admin, { idleHours: 1, maxDays: 1, version }), 'CONFLICT');
    expect(await prisma.auditEvent.count({ where: { action: 'UPDATE', entityType: 'setting', changedFields: { hasEvery: ['sessionIdleHours', 'sessionMaxDays'] } } })).toBe(1);
  });
});

describe('one’s own sessions', () => {
  it('lists them with their browser, ends one, and signs out everywhere; nobody else’s', async () => {
    await prisma.session.updateMany({ data: { revokedAt: new Date() } });
    const phone = await signIn('coord@test.example.org');
    const laptop = await signIn('coord@test.example.org');
    const other = await signIn('member@test.example.org');
    const mine = await listMySessions(org.actors.coordinator);
    expect(mine).toHaveLength(2);
    expect(mine[0]!.userAgent).toContain('Android');
    const otherId = (await unsafeGetSessionByToken(other))!.sessionId;
    await expectAppError(revokeMySession(org.actors.coordinator, otherId), 'NOT_FOUND');
    expect(await unsafeGetActorBySessionToken(other)).not.toBeNull();

    await revokeMySession(org.actors.coordinator, (await unsafeGetSessionByToken(phone))!.sessionId);
    expect(await unsafeGetActorBySessionToken(phone)).toBeNull();
    expect(await unsafeGetActorBySessionToken(laptop)).not.toBeNull();

    await signIn('coord@test.example.org');
    expect(await revokeAllMySessions(org.actors.coordinator)).toBe(2);
    expect(await listMySessions(org.actors.coordinator)).toEqual([]);
    expect(await unsafeGetActorBySessionToken(other)).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: 'SIGN_OUT_EVERYWHERE', entityId: org.users.coordinator.id } })).toBe(1);
  });
});

describe('API tokens', () => {
  it('expire, and show when they were last used', async () => {
    const { id, token } = await createApiToken(org.actors.admin, { name: 'Sitio web', userId: org.users.coordinator.id, days: 30 });
    const row = (await listApiTokens(org.actors.admin)).find((t) => t.id === id)!;
    expect(Math.round((row.expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(30);
    expect(row.lastUsedAt).toBeNull();
    expect(await unsafeGetActorByApiToken(token)).not.toBeNull();
    expect((await listApiTokens(org.actors.admin)).find((t) => t.id === id)!.lastUsedAt).toBeInstanceOf(Date);
    await prisma.apiToken.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await unsafeGetActorByApiToken(token)).toBeNull();
  });
});
