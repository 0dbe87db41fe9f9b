import 'server-only';
import { notFound } from 'next/navigation';
import { requireActor } from '@/lib/auth/actor';
import { canReach, type TActor, type TArea } from '@/lib/access/actor';
import { isAppError } from '@/lib/errors';

/** Awaits a data-layer read; NotFound (missing or out of scope) becomes the 404 page. */
export async function loadOr404<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (e) {
    if (isAppError(e, 'NOT_FOUND') || isAppError(e, 'FORBIDDEN')) notFound();
    throw e;
  }
}

/** The signed-in actor, if their role reaches this area; otherwise a 404, as for a missing page. */
export async function requireArea(area: TArea): Promise<TActor> {
  const actor = await requireActor();
  if (!canReach(actor, area)) notFound();
  return actor;
}
