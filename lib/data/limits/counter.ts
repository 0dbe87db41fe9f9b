import { db } from '@/lib/db/prisma';

// The one counter behind every limit: sign-in failures (lib/data/account/sign-in-limit.ts) and
// requests per API token or session (rate-limit.ts). A key's window starts at its first hit and
// lasts `windowMs`; the next hit after that starts a new one. Kept in PostgreSQL, so every app
// server counts alike; nothing is held in the process.
//
// Security: counting is one statement (INSERT ... ON CONFLICT DO UPDATE ... RETURNING). The row
// lock it takes makes concurrent hits on a key wait for each other, so each sees the count with
// every earlier hit in it: a burst cannot pass the check before any of it is counted.

export type TCount = { key: string; hits: number; windowStart: Date; resetAt: Date };

/** Counts one hit on each key (in the order given, so two callers lock rows in the same order). */
export async function unsafeCountHits(keys: string[], windowMs: number): Promise<Map<string, TCount>> {
  const window = `${Math.round(windowMs)} milliseconds`;
  const rows = await db.$queryRaw<{ key: string; hits: number; window_start: Date }[]>`
    INSERT INTO rate_limit (key, window_start, hits)
    SELECT k, clock_timestamp(), 1 FROM unnest(${keys}::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN rate_limit.window_start <= clock_timestamp() - ${window}::interval THEN 1 ELSE rate_limit.hits + 1 END,
      window_start = CASE WHEN rate_limit.window_start <= clock_timestamp() - ${window}::interval THEN clock_timestamp() ELSE rate_limit.window_start END
    RETURNING key, hits, window_start`;
  return new Map(rows.map((r) => [r.key, { key: r.key, hits: r.hits, windowStart: r.window_start, resetAt: new Date(r.window_start.getTime() + windowMs) }]));
}

/** Takes back one hit from each count, if its window is still the one it was counted in. */
export async function unsafeUncountHits(counts: TCount[]): Promise<void> {
  if (counts.length === 0) return;
  await db.$executeRaw`
    UPDATE rate_limit SET hits = greatest(rate_limit.hits - 1, 0)
      FROM unnest(${counts.map((c) => c.key)}::text[], ${counts.map((c) => c.windowStart)}::timestamptz[]) AS r(k, s)
     WHERE rate_limit.key = r.k AND rate_limit.window_start = r.s`;
}

/** Forgets the counts of these keys. */
export async function unsafeClearCounts(keys: string[]): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: { in: keys } } });
}

/** Removes the counters whose windows ended long ago (the periodic housekeeping). */
export async function unsafeSweepCounters(olderThanMs = 24 * 3_600_000): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { windowStart: { lt: new Date(Date.now() - olderThanMs) } } });
  return count;
}
