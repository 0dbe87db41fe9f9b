'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getSignedIn } from '@/lib/auth/actor';
import { signOut } from '@/lib/auth/config';
import { dismissSignInNotice, revokeAllMySessions, revokeMySession } from '@/lib/data/account/sessions';
import { confirmTwoFactorSetup, renewRecoveryCodes, startTwoFactorSetup, turnOffTwoFactor } from '@/lib/data/account/two-factor';
import { authedAction } from '@/lib/entry/action';
import { ZConfirmTwoFactor, ZSecondFactorCode, ZSessionId } from '@/lib/validation/security';

// My profile → Security: one's own second factor and sessions, nobody else's. The setup's two
// steps are open to a leader who must still set one up (the /two-factor page), and only they.

const setup = { duringSecondFactorSetup: true as const, revalidate: ['/me/security', '/two-factor'] };

export const startTwoFactorSetupAction = authedAction(
  z.object({ code: ZSecondFactorCode.optional() }),
  async (actor, { code }) => {
    await startTwoFactorSetup(actor, code);
    return null;
  },
  setup,
);

// Not revalidated: the page would redraw without the recovery codes, which are shown only this
// once; its "Continue" loads the next page afresh.
export const confirmTwoFactorSetupAction = authedAction(ZConfirmTwoFactor, (actor, { code }) => confirmTwoFactorSetup(actor, code), {
  duringSecondFactorSetup: true,
});

export const renewRecoveryCodesAction = authedAction(ZConfirmTwoFactor, (actor, { code }) => renewRecoveryCodes(actor, code), { revalidate: ['/me/security'] });

export const turnOffTwoFactorAction = authedAction(ZConfirmTwoFactor, (actor, { code }) => turnOffTwoFactor(actor, code), { revalidate: ['/me/security'] });

export const revokeSessionAction = authedAction(ZSessionId, (actor, { id }) => revokeMySession(actor, id), { revalidate: ['/me/security'] });

/** Every session of mine ends, this one too: then the sign-in page. */
export const signOutEverywhereAction = authedAction(z.object({}), async (actor) => {
  await revokeAllMySessions(actor);
  await signOut({ redirect: false });
  redirect('/login');
});

/** The notice of failed sign-in attempts has been read. */
export const dismissSignInNoticeAction = authedAction(z.object({}), async (actor) => {
  const signedIn = await getSignedIn();
  if (signedIn) await dismissSignInNotice(actor, signedIn.sessionId);
  return null;
});
