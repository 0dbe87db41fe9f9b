import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

// Keys of server actions already done (lib/entry/action.ts): the first request with a key claims
// it and, once done, records its answer; a second with the same key (a double click, a retry)
// gets that answer instead of doing it again, waiting while the first still runs. Each key is one
// user's, so nobody can read another's answer by guessing their key.

const WAIT_MS = 30_000;
const POLL_MS = 100;
const KEEP_MS = 24 * 3_600_000;

export type TClaim = { kind: 'first' } | { kind: 'again'; result: Prisma.JsonValue };

/** Claims `key` for `action`, or finds the answer of its first use. */
export async function claimIdempotencyKey(actor: TActor, key: string, action: string): Promise<TClaim> {
  // The primary key decides who was first: one statement, so two requests cannot both win.
  const claimed = await db.$executeRaw`
    INSERT INTO idempotency_key (user_id, key, action) VALUES (${actor.userId}::uuid, ${key}::uuid, ${action})
    ON CONFLICT (user_id, key) DO NOTHING`;
  if (claimed === 1) return { kind: 'first' };
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const row = await db.idempotencyKey.findUnique({ where: { userId_key: { userId: actor.userId, key } }, select: { action: true, result: true } });
    // Released meanwhile (the first was refused): this one runs after all.
    if (!row) return claimIdempotencyKey(actor, key, action);
    // Security: a key is for one action; another action sent with it is refused, not answered.
    if (row.action !== action) throw new AppError('INVALID', 'invalid');
    if (row.result !== null) return { kind: 'again', result: row.result };
    if (Date.now() > until) throw new AppError('INVALID', 'stillSaving');
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** Records what the first request answered, for the ones that come after it. */
export async function saveIdempotentResult(actor: TActor, key: string, result: Prisma.InputJsonValue): Promise<void> {
  await db.idempotencyKey.update({ where: { userId_key: { userId: actor.userId, key } }, data: { result } });
}

/** The first request was refused or failed: nothing was done, so the same form may be sent again. */
export async function releaseIdempotencyKey(actor: TActor, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM idempotency_key WHERE user_id = ${actor.userId}::uuid AND key = ${key}::uuid AND result IS NULL`;
}

/** Keys older than a day: no form waits that long to be sent again. System work, no actor. */
export async function unsafePurgeIdempotencyKeys(): Promise<void> {
  await db.idempotencyKey.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEEP_MS) } } });
}
