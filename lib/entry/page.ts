import 'server-only';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireActor } from '@/lib/auth/actor';
import type { TActor } from '@/lib/access/actor';
import { can, type TRoleCapability } from '@/lib/access/capabilities';
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

/** The signed-in actor, if they have the capability (an area, or what the page is for); otherwise a 404, as for a missing page. */
export async function requirePage(capability: TRoleCapability): Promise<TActor> {
  const actor = await requireActor();
  if (!can(actor, capability)) notFound();
  return actor;
}

/** Route params and search params parsed with their schema; anything malformed is the 404 page, never a 500. */
export function parseOr404<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

const ZRecordId = z.uuid();

/**
 * A record's page (`[id]`): the actor, if they have the capability, and the id of the URL. A
 * malformed id is the same 404 as a record that is missing or out of scope.
 */
export async function requireRecordPage(capability: TRoleCapability, rawId: string): Promise<{ actor: TActor; id: string }> {
  const actor = await requirePage(capability);
  return { actor, id: parseOr404(ZRecordId, rawId) };
}
