'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { publicAction } from '@/lib/entry/action';
import { signIn } from '@/lib/auth/config';
import { unsafeAcceptInvitation, unsafeResetPassword } from '@/lib/data/account/invitations';
import { acceptInvitationInput, ZResetPasswordInput } from '@/lib/validation/invitation';

// The one-time link is the credential here, so these are public actions; the data layer claims
// the link atomically and refuses a spent, expired or unknown one.

/** Signs the new password in at once; if that is refused (a lockout), the sign-in page says why. */
async function signInAndGo(login: string, password: string): Promise<never> {
  try {
    // The credentials' "email" carries whatever the account signs in with: an email or a phone.
    await signIn('credentials', { email: login, password, redirect: false });
  } catch (e) {
    if (e instanceof AuthError) redirect('/login?next=/me');
    throw e;
  }
  redirect('/me');
}

export const acceptInvitationAction = publicAction(acceptInvitationInput, async (input) => {
  const { login } = await unsafeAcceptInvitation(input);
  return signInAndGo(login, input.password);
});

export const resetPasswordAction = publicAction(ZResetPasswordInput, async (input) => {
  const { login } = await unsafeResetPassword(input);
  return signInAndGo(login, input.password);
});
