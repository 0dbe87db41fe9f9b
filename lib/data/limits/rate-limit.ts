import { createHash } from 'node:crypto';
import { unsafeCountHits } from '@/lib/data/limits/counter';

// The one rate limiter for requests: per API token on the OSDI API (lib/entry/osdi-route.ts), per
// session on uploads (lib/entry/route.ts) and on search (lib/entry/action.ts). Counted in
// PostgreSQL (counter.ts), so every app server shares the count. An answer over the limit says
// when to come back: 429 with Retry-After on routes, a message in actions.

export const RATE_LIMITS = {
  // An integration paging through thousands of people at the OSDI API's 25 a page.
  osdi: { hits: 300, windowMs: 60_000 },
  // A leader bringing in a batch of files (a sheet per precinct), with mistakes and the files
  // again: dozens in ten minutes; a loop sends hundreds.
  upload: { hits: 40, windowMs: 10 * 60_000 },
  // Search as you type: a request per pause in typing.
  search: { hits: 120, windowMs: 60_000 },
} as const;
export type TRateLimitKind = keyof typeof RATE_LIMITS;

export type TRateLimit = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts one request of `kind` by `subject` (an API token or a session token: only its hash is
 * stored) and says whether it is within the limit.
 */
export async function takeRateLimit(kind: TRateLimitKind, subject: string): Promise<TRateLimit> {
  const { hits, windowMs } = RATE_LIMITS[kind];
  const key = `${kind}:${createHash('sha256').update(subject).digest('hex')}`;
  const count = (await unsafeCountHits([key], windowMs)).get(key)!;
  if (count.hits <= hits) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((count.resetAt.getTime() - Date.now()) / 1000)) };
}
