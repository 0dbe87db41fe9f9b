import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsafeGetActorBySessionToken, unsafeGetSessionByToken } from '@/lib/data/account/sessions';
import { unsafeSignIn } from '@/lib/data/account/sign-in';
import { SIGN_IN_LIMITS, slowdownMs } from '@/lib/data/account/sign-in-limit';
import { isAppError } from '@/lib/errors';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;
const PASSWORD = 'correct horse battery';
const LIMIT = SIGN_IN_LIMITS.perAccountAndAddress;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

/** The delays the slowing asked for, instead of sleeping through them. */
let waits: number[] = [];
const wait = async (ms: number) => {
  waits.push(ms);
};

/** Signs in and says how it went, as the sign-in form would. */
async function attempt(email: string, password: string, address: string): Promise<'ok' | 'wrong' | 'locked'> {
  try {
    return (await unsafeSignIn(email, password, address, { wait })) ? 'ok' : 'wrong';
  } catch (e) {
    if (isAppError(e, 'FORBIDDEN') && e.message === 'signInLocked') return 'locked';
    throw e;
  }
}
async function fail(email: string, address: string, times: number) {
  for (let i = 0; i < times; i++) expect(await attempt(email, 'wrong password!', address)).toBe('wrong');
}
const count = (action: string) => prisma.auditEvent.count({ where: { action } });
/** Moves every counter's window back in time, as if that many minutes had passed. */
const age = (minutes: number) => prisma.$executeRaw`UPDATE rate_limit SET window_start = window_start - make_interval(mins => ${minutes})`;

describe('sign-in lockout', () => {
  it('refuses an account from one address after 10 failures there, even with the right password; from elsewhere it still signs in', async () => {
    const lockouts = await count('LOCKOUT');
    await fail('member@test.example.org', '198.51.100.1', LIMIT);
    expect(await count('LOCKOUT')).toBe(lockouts + 1);

    const refused = await count('SIGN_IN_REFUSED');
    expect(await attempt('member@test.example.org', PASSWORD, '198.51.100.1')).toBe('locked');
    expect(await attempt('MEMBER@test.example.org ', PASSWORD, '198.51.100.1')).toBe('locked');
    expect(await count('SIGN_IN_REFUSED')).toBe(refused + 2);
    // The refusals did not open a session.
    expect(await prisma.session.count({ where: { userId: org.users.member.id } })).toBe(0);

    // The same account from another address, and another account from the attacking address, work.
    expect(await attempt('member@test.example.org', PASSWORD, '198.51.100.3')).toBe('ok');
    expect(await attempt('coord@test.example.org', PASSWORD, '198.51.100.1')).toBe('ok');
  });

  it('slows an account down, from any address, with a growing delay rather than a lockout', async () => {
    waits = [];
    for (let i = 0; i < 12; i++) await fail('admin@test.example.org', `198.51.100.${100 + i}`, 1);
    // Each address failed once: none is locked, but the account's failures slowed every attempt more.
    expect(waits).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(slowdownMs).filter((ms) => ms > 0));
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
    waits = [];
    expect(await attempt('admin@test.example.org', PASSWORD, '198.51.100.200')).toBe('ok');
    expect(waits).toEqual([8000]);
    // The real user got in: the slowing starts again.
    waits = [];
    expect(await attempt('admin@test.example.org', PASSWORD, '198.51.100.200')).toBe('ok');
    expect(waits).toEqual([]);
  });

  it('tells the user, at their next sign-in, of the failed attempts since their last', async () => {
    const first = await unsafeSignIn('coord@test.example.org', PASSWORD, '192.0.2.1', { wait });
    expect((await unsafeGetSessionByToken(first!.token))?.failedSignIns.count).toBe(0);
    await fail('coord@test.example.org', '203.0.113.50', 3);
    const next = await unsafeSignIn('coord@test.example.org', PASSWORD, '192.0.2.1', { wait });
    const notice = (await unsafeGetSessionByToken(next!.token))?.failedSignIns;
    expect(notice?.count).toBe(3);
    expect(notice?.lastAt).toBeInstanceOf(Date);
    // Told once: the sign-in after that has nothing to tell.
    const third = await unsafeSignIn('coord@test.example.org', PASSWORD, '192.0.2.1', { wait });
    expect((await unsafeGetSessionByToken(third!.token))?.failedSignIns.count).toBe(0);
  });

  it('lets the real user in again once the window has passed', async () => {
    await fail('member@test.example.org', '198.51.100.9', LIMIT);
    await age(SIGN_IN_LIMITS.windowMs / 60_000 - 1);
    expect(await attempt('member@test.example.org', PASSWORD, '198.51.100.9')).toBe('locked');
    await age(2);
    expect(await attempt('member@test.example.org', PASSWORD, '198.51.100.9')).toBe('ok');
    // A new window: one more slip does not lock it again.
    expect(await attempt('member@test.example.org', 'wrong password!', '198.51.100.9')).toBe('wrong');
    expect(await attempt('member@test.example.org', PASSWORD, '198.51.100.9')).toBe('ok');
  });

  it('refuses one address after 50 failures across many accounts, and other addresses still sign in', async () => {
    const emails = Array.from({ length: SIGN_IN_LIMITS.perAddress }, (_, i) => `guess${i}@test.example.org`);
    for (const email of emails) expect(await attempt(email, 'wrong password!', '203.0.113.9')).toBe('wrong');
    expect(await attempt('admin@test.example.org', PASSWORD, '203.0.113.9')).toBe('locked');
    const ok = await unsafeSignIn('admin@test.example.org', PASSWORD, '203.0.113.10', { wait });
    expect(await unsafeGetActorBySessionToken(ok!.token)).toMatchObject({ role: 'ADMIN' });
  });

  it('keeps neither emails nor addresses, only their hashes, and no personal value in the audit', async () => {
    const rows = await prisma.rateLimit.findMany();
    expect(rows.length).toBeGreaterThan(0);
    const text = JSON.stringify(rows);
    expect(text).not.toContain('test.example.org');
    expect(text).not.toContain('203.0.113');
    const events = JSON.stringify(await prisma.auditEvent.findMany({ where: { action: { in: ['SIGN_IN_FAILED', 'LOCKOUT', 'SIGN_IN_REFUSED'] } } }));
    expect(events).not.toContain('@');
    expect(events).not.toContain('203.0.113');
  });
});
