import type { TActor } from '@/lib/auth/policy';
import { notFoundError } from '@/lib/errors';

// Imports are leadership's (DESIGN.md): anyone else is told the import does not exist.
export function requireLeadership(actor: TActor): void {
  if (actor.role !== 'ADMIN') throw notFoundError();
}
