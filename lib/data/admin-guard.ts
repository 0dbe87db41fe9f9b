import type { TActor } from '@/lib/auth/policy';
import { notFoundError } from '@/lib/errors';

/**
 * The one check for "leadership only" (DESIGN.md: users, roles, audit, exports, imports, planning,
 * creating circles and organizations). To anyone else the thing does not exist: NotFound, the same
 * answer as for a missing record.
 */
// Security: every leadership-only data function starts with this line.
export function requireLeadership(actor: TActor): void {
  if (actor.role !== 'ADMIN') throw notFoundError();
}
