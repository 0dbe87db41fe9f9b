import type { TActor } from '@/lib/auth/policy';
import { notFoundError } from '@/lib/errors';

/** Users, roles, audit and export are leadership's alone; to anyone else they do not exist. */
export function assertAdmin(actor: TActor): void {
  if (actor.role !== 'ADMIN') throw notFoundError();
}
