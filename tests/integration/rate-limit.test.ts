import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@/lib/db/create-client';
import { unsafeSweepCounters } from '@/lib/data/limits/counter';
import { RATE_LIMITS, takeRateLimit } from '@/lib/data/limits/rate-limit';

// The rate limiter keeps its counts in PostgreSQL: two app servers (here two clients with pools of
// their own, taking turns as the data layer's client) share one count, and a burst spread over
// both is cut at the limit exactly.

const g = globalThis as { leavenPrisma?: PrismaClient };
const servers = [createPrismaClient(process.env.DATABASE_URL!, 4), createPrismaClient(process.env.DATABASE_URL!, 4)];
afterAll(async () => {
  g.leavenPrisma = undefined;
  await Promise.all(servers.map((s) => s.$disconnect()));
});

/** A request served by server `i`. */
async function on<T>(i: number, fn: () => Promise<T>): Promise<T> {
  g.leavenPrisma = servers[i % 2];
  return fn();
}
const LIMIT = RATE_LIMITS.upload.hits;

describe('the rate limiter', () => {
  it('counts one session’s requests across two servers and refuses the one past the limit, saying when to come back', async () => {
    for (let i = 0; i < LIMIT; i++) expect(await on(i, () => takeRateLimit('upload', 'session-a'))).toEqual({ ok: true });
    const over = await on(LIMIT, () => takeRateLimit('upload', 'session-a'));
    expect(over.ok).toBe(false);
    const retry = over.ok ? 0 : over.retryAfterSeconds;
    expect(retry).toBeGreaterThan(RATE_LIMITS.upload.windowMs / 1000 - 30);
    expect(retry).toBeLessThanOrEqual(RATE_LIMITS.upload.windowMs / 1000);
    // Another session, and another kind of request, have counts of their own.
    expect(await on(0, () => takeRateLimit('upload', 'session-b'))).toEqual({ ok: true });
    expect(await on(1, () => takeRateLimit('search', 'session-a'))).toEqual({ ok: true });
  });

  it('lets exactly the limit through when a burst hits both servers at once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 3 * LIMIT }, (_, i) => {
        g.leavenPrisma = servers[i % 2];
        return takeRateLimit('upload', 'session-burst');
      }),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(LIMIT);
  });

  it('opens again once the window has passed', async () => {
    await on(0, () => servers[0]!.$executeRaw`UPDATE rate_limit SET window_start = window_start - interval '11 minutes'`);
    expect(await on(1, () => takeRateLimit('upload', 'session-a'))).toEqual({ ok: true });
  });

  it('keeps neither session nor token, only a hash', async () => {
    const keys = (await servers[0]!.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatch(/^(upload|search):[0-9a-f]{64}$/);
  });

  it('forgets counters whose windows ended a day ago', async () => {
    const before = await servers[0]!.rateLimit.count();
    await on(0, () => servers[0]!.$executeRaw`UPDATE rate_limit SET window_start = window_start - interval '25 hours' WHERE key LIKE 'search:%'`);
    expect(await on(0, () => unsafeSweepCounters())).toBe(1);
    expect(await servers[0]!.rateLimit.count()).toBe(before - 1);
  });
});
