import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCKOUT, unsafeGetActorBySessionToken, unsafeSignIn } from '@/lib/data/account/sessions';
import { isAppError } from '@/lib/errors';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

/** Signs in and says how it went, as the sign-in form would. */
async function attempt(email: string, password: string, address: string): Promise<'ok' | 'wrong' | 'locked'> {
  try {
    return (await unsafeSignIn(email, password, address)) ? 'ok' : 'wrong';
  } catch (e) {
    if (isAppError(e, 'FORBIDDEN') && e.message === 'signInLocked') return 'locked';
    throw e;
  }
}
async function fail(email: string, address: string, times: number) {
  for (let i = 0; i < times; i++) expect(await attempt(email, 'wrong password!', address)).toBe('wrong');
}
const count = (action: string) => prisma.auditEvent.count({ where: { action } });
/** Moves every recorded failure back in time, as if that many minutes had passed. */
const age = (minutes: number) => prisma.$executeRaw`UPDATE login_attempt SET at = at - make_interval(mins => ${minutes})`;

describe('sign-in lockout', () => {
  it('refuses an account after 10 failures, even with the right password, while other accounts work', async () => {
    const lockouts = await count('LOCKOUT');
    await fail('member@test.example.org', '198.51.100.1', 5);
    await fail('member@test.example.org', '198.51.100.2', 5); // spread over two addresses: the account counts
    expect(await count('LOCKOUT')).toBe(lockouts + 1);

    const refused = await count('SIGN_IN_REFUSED');
    expect(await attempt('member@test.example.org', PASSWORD, '198.51.100.3')).toBe('locked');
    expect(await attempt('MEMBER@test.example.org ', PASSWORD, '198.51.100.3')).toBe('locked');
    expect(await count('SIGN_IN_REFUSED')).toBe(refused + 2);
    // The refusals did not open a session.
    expect(await prisma.session.count({ where: { userId: org.users.member.id } })).toBe(0);

    // Another account, even from an address that was used in the attack, keeps working.
    expect(await attempt('coord@test.example.org', PASSWORD, '198.51.100.1')).toBe('ok');
  });

  it('lets the real user in again once the window has passed', async () => {
    await age(LOCKOUT.windowMs / 60_000 - 1);
    expect(await attempt('member@test.example.org', PASSWORD, '198.51.100.3')).toBe('locked');
    await age(2);
    expect(await attempt('member@test.example.org', PASSWORD, '198.51.100.3')).toBe('ok');
    // A success clears the account's count: one more slip does not lock it again.
    expect(await attempt('member@test.example.org', 'wrong password!', '198.51.100.3')).toBe('wrong');
    expect(await attempt('member@test.example.org', PASSWORD, '198.51.100.3')).toBe('ok');
  });

  it('refuses one address after 10 failures across many accounts, and other addresses still sign in', async () => {
    const emails = Array.from({ length: 10 }, (_, i) => `guess${i}@test.example.org`);
    for (const email of emails) expect(await attempt(email, 'wrong password!', '203.0.113.9')).toBe('wrong');
    expect(await attempt('admin@test.example.org', PASSWORD, '203.0.113.9')).toBe('locked');
    const ok = await unsafeSignIn('admin@test.example.org', PASSWORD, '203.0.113.10');
    expect(await unsafeGetActorBySessionToken(ok!.token)).toMatchObject({ role: 'ADMIN' });
  });

  it('keeps neither emails nor addresses, only their hashes, and no personal value in the audit', async () => {
    const rows = await prisma.loginAttempt.findMany();
    expect(rows.length).toBeGreaterThan(0);
    const text = JSON.stringify(rows);
    expect(text).not.toContain('test.example.org');
    expect(text).not.toContain('203.0.113');
    const events = JSON.stringify(await prisma.auditEvent.findMany({ where: { action: { in: ['SIGN_IN_FAILED', 'LOCKOUT', 'SIGN_IN_REFUSED'] } } }));
    expect(events).not.toContain('@');
    expect(events).not.toContain('203.0.113');
  });
});
