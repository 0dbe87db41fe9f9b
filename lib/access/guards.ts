import type { TActor } from '@/lib/access/actor';
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

/** The one check for "organizers only": leadership and coordinators. To a member the thing does not exist. */
// Security: every data function members may not reach starts with this line (or requireLeadership).
export function requireOrganizer(actor: TActor): void {
  if (actor.role === 'MEMBER') throw notFoundError();
}
