import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsafeSignIn } from '@/lib/data/account/sign-in';
import { isAppError } from '@/lib/errors';
import { buildSmallOrg, testClient } from '../support/small-org';

// The sign-in limit under a burst: the count, the check and the record of an attempt are one
// step, so attempts sent at once cannot all slip in under the limit before any is recorded.

const prisma = testClient();
const PASSWORD = 'correct horse battery';
const LIMIT = 10;

beforeAll(async () => {
  await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

type TOutcome = 'ok' | 'wrong' | 'locked' | 'error';
async function attempt(email: string, password: string, address: string): Promise<TOutcome> {
  try {
    return (await unsafeSignIn(email, password, address, { wait: async () => undefined })) ? 'ok' : 'wrong';
  } catch (e) {
    if (isAppError(e, 'FORBIDDEN') && e.message === 'signInLocked') return 'locked';
    return 'error';
  }
}
const tally = (outcomes: TOutcome[]): Record<TOutcome, number> => ({
  ok: outcomes.filter((o) => o === 'ok').length,
  wrong: outcomes.filter((o) => o === 'wrong').length,
  locked: outcomes.filter((o) => o === 'locked').length,
  error: outcomes.filter((o) => o === 'error').length,
});

describe('a burst of sign-ins from one address to one account', () => {
  it('checks no more passwords than the limit: 39 wrong and the right one at once', async () => {
    const burst = [...Array.from({ length: 39 }, () => attempt('admin@test.example.org', 'wrong password!', '198.51.100.50')), attempt('admin@test.example.org', PASSWORD, '198.51.100.50')];
    const outcomes = await Promise.all(burst);
    const counts = tally(outcomes);
    // Every attempt was answered; no more wrong passwords were checked than the limit allows.
    // (A right one that was checked is no failure: it gives its place back, so the limit may
    // check one more, still wrong at most LIMIT.)
    expect(counts.error).toBe(0);
    expect(counts.wrong).toBeLessThanOrEqual(LIMIT);
    expect(counts.ok + counts.wrong).toBeGreaterThanOrEqual(LIMIT);
    expect(counts.locked).toBe(40 - counts.ok - counts.wrong);
    // Over the limit now: the right password is refused too.
    expect(await attempt('admin@test.example.org', PASSWORD, '198.51.100.50')).toBe('locked');
    // No session was opened by a refused attempt.
    const sessions = await prisma.session.count({ where: { user: { email: 'admin@test.example.org' } } });
    expect(sessions).toBe(counts.ok);
  });

  it('answers a burst of 200 without running out of database connections', async () => {
    const outcomes = await Promise.all(Array.from({ length: 200 }, (_, i) => attempt(`burst${i % 7}@test.example.org`, 'wrong password!', `198.51.100.${60 + (i % 3)}`)));
    expect(tally(outcomes).error).toBe(0);
  });
});

describe('a stranger cannot lock a leader out', () => {
  it('ten wrong passwords from one address leave the leader free to sign in from another', async () => {
    for (let i = 0; i < LIMIT; i++) expect(await attempt('coord@test.example.org', 'wrong password!', '203.0.113.77')).toBe('wrong');
    expect(await attempt('coord@test.example.org', PASSWORD, '203.0.113.77')).toBe('locked');
    expect(await attempt('coord@test.example.org', PASSWORD, '192.0.2.14')).toBe('ok');
  });
});
