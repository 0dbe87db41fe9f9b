import type { TActor } from '@/lib/access/actor';
import { scopeKeyOf } from '@/lib/access/scopes/snapshot-key';
import { db } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';

// Short-lived snapshots of heavy aggregate figures, kept in PostgreSQL (never in the Node.js
// process, so any number of app servers share them). The key names the figure and everything
// that changes it: the actor's scope (scopeKeyOf), so no one is served another scope's numbers.

/** A key for a figure as seen by this actor: leadership shares one; each coordinator and scope has its own. */
export function snapshotKey(figure: string, actor: TActor): string {
  return `${figure}:${scopeKeyOf(actor)}`;
}

/** The figure from a snapshot younger than maxAgeMs, or computed now and kept. Values must survive JSON. */
export async function withSnapshot<T>(key: string, maxAgeMs: number, compute: () => Promise<T>): Promise<{ value: T; computedAt: Date }> {
  const fresh = await db.statSnapshot.findFirst({ where: { key, computedAt: { gte: new Date(Date.now() - maxAgeMs) } } });
  if (fresh) return { value: fresh.payload as T, computedAt: fresh.computedAt };
  const computedAt = new Date();
  const payload = JSON.parse(JSON.stringify(await compute())) as Prisma.InputJsonValue;
  await db.statSnapshot.upsert({ where: { key }, create: { key, computedAt, payload }, update: { computedAt, payload } });
  // The same JSON shape whether computed now or read back, so callers see one kind of value.
  return { value: payload as T, computedAt };
}

export const SNAPSHOT_MAX_AGE_MS = 2 * 60_000;
