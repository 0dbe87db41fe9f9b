import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { currentSessionToken } from '@/lib/auth/session-token';
import type { TActor } from '@/lib/access/actor';
import { unsafeGetActorBySessionToken } from '@/lib/data/account/sessions';

/** The signed-in actor, or null. Read from the database once per request. */
export const getActor = cache(async (): Promise<TActor | null> => {
  const token = await currentSessionToken();
  return token ? unsafeGetActorBySessionToken(token) : null;
});

/** The signed-in actor; anyone else is sent to the sign-in page. */
export async function requireActor(): Promise<TActor> {
  const actor = await getActor();
  if (!actor) redirect('/login');
  return actor;
}
