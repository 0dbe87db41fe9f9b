import { createHash } from 'node:crypto';
import type { TActor } from '@/lib/access/actor';
import { can } from '@/lib/access/capabilities';

/**
 * The part of a kept figure's key that names the scope it was computed in: one for everyone who
 * sees the whole organization, and one per user and scope otherwise.
 */
// Security: everything that changes what an actor sees goes into the hash, so no one is served
// another scope's numbers.
export function scopeKeyOf(actor: TActor): string {
  if (can(actor, 'scope.all')) return 'all';
  const scope = { role: actor.role, user: actor.userId, person: actor.personId, ...actor.scope };
  return createHash('sha256').update(JSON.stringify(scope)).digest('hex').slice(0, 32);
}
