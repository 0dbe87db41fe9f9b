import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { currentSessionToken } from '@/lib/auth/session-token';
import type { TActor } from '@/lib/access/actor';
import { unsafeGetSessionByToken, type TSignedIn } from '@/lib/data/account/sessions';

/** Where a leader without a second factor is sent, and kept, until they have set one up. */
export const SECOND_FACTOR_SETUP_PATH = '/two-factor';

/** The session of this request (signed in, or signed in but made to set up a second factor), or null. Read once per request. */
export const getSignedIn = cache(async (): Promise<(TSignedIn & { token: string }) | null> => {
  const token = await currentSessionToken();
  if (!token) return null;
  const signedIn = await unsafeGetSessionByToken(token);
  return signedIn && { ...signedIn, token };
});

/** The signed-in actor, or null. A leader who must still set up a second factor is no actor yet. */
export const getActor = cache(async (): Promise<TActor | null> => {
  const signedIn = await getSignedIn();
  // Security: until then, a leader's password alone reaches no page, action or route but the setup.
  return signedIn && !signedIn.mustSetUpSecondFactor ? signedIn.actor : null;
});

/** The signed-in actor; anyone else is sent to sign in, a leader without a second factor to set one up. */
export async function requireActor(): Promise<TActor> {
  const actor = await getActor();
  if (actor) return actor;
  if ((await getSignedIn())?.mustSetUpSecondFactor) redirect(SECOND_FACTOR_SETUP_PATH);
  redirect('/login');
}

/** The actor, also while they must set up a second factor: for the setup page and its actions only. */
export async function getActorSettingUpSecondFactor(): Promise<TActor | null> {
  return (await getSignedIn())?.actor ?? null;
}
