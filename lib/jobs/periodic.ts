import { unsafePurgeIdempotencyKeys } from '@/lib/data/idempotency';
import { unsafeSweepCounters } from '@/lib/data/limits/counter';
import { unsafePurgeExpiredTrash } from '@/lib/data/people/trash';

// Housekeeping that runs on its own, from the background worker's loop on every app server
// (lib/jobs/worker.ts, started by instrumentation.ts). Nothing here keeps state that
// matters: each task finds its work in PostgreSQL and takes an advisory lock, so servers that
// run it at the same moment do it once. The time of the last run below only spares the
// database a query every second; a restarted server simply runs the tasks again at once.

const TRASH_PURGE_EVERY_MS = 10 * 60_000;
let lastTrashPurge = 0;

/** Purges the people whose time in the trash is up, at most every ten minutes per server. */
export async function purgeTrashIfDue(now = Date.now()): Promise<void> {
  if (now - lastTrashPurge < TRASH_PURGE_EVERY_MS) return;
  lastTrashPurge = now;
  try {
    await unsafePurgeExpiredTrash();
  } catch (e) {
    // A purge that fails must be seen (a new table that refuses the delete, say): it is tried again next time.
    console.error('[leaven] trash purge failed:', e);
  }
}

const KEYS_PURGE_EVERY_MS = 60 * 60_000;
let lastKeysPurge = 0;

/** Forgets the keys of actions done over a day ago (lib/data/idempotency.ts), at most hourly per server. */
export async function purgeIdempotencyKeysIfDue(now = Date.now()): Promise<void> {
  if (now - lastKeysPurge < KEYS_PURGE_EVERY_MS) return;
  lastKeysPurge = now;
  await unsafePurgeIdempotencyKeys().catch((e: unknown) => console.error('[leaven] idempotency key purge failed:', e));
}

const COUNTER_SWEEP_EVERY_MS = 60 * 60_000;
let lastCounterSweep = 0;

/** Forgets the sign-in and rate-limit counters whose windows ended a day ago, at most hourly per server. */
export async function sweepCountersIfDue(now = Date.now()): Promise<void> {
  if (now - lastCounterSweep < COUNTER_SWEEP_EVERY_MS) return;
  lastCounterSweep = now;
  await unsafeSweepCounters().catch((e: unknown) => console.error('[leaven] counter sweep failed:', e));
}
