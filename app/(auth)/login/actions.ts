'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { publicAction } from '@/lib/entry/action';
import { SecondFactorExpired, SecondFactorNeeded, signIn, SignInLocked } from '@/lib/auth/config';
import { AppError } from '@/lib/errors';
import { signInInput } from '@/lib/validation/auth';
import { sameOriginPath } from '@/lib/validation/next-path';
import { ZSecondFactorSignIn } from '@/lib/validation/security';

const codeOf = (e: unknown) => (e instanceof AuthError ? (e as { code?: string }).code : undefined);

/** Auth.js's refusals in the form's words. */
function refusal(e: unknown, wrong: string): never {
  // Too many failures: say so, even when this password was right (it was not checked).
  if (e instanceof SignInLocked || codeOf(e) === 'locked') throw new AppError('INVALID', 'signInLocked');
  if (e instanceof SecondFactorExpired || codeOf(e) === 'second-factor-expired') throw new AppError('INVALID', 'secondFactorExpired');
  if (e instanceof AuthError) throw new AppError('INVALID', wrong);
  throw e;
}

/** The password. With two-step sign-in on, the form goes on to ask for the code of that sign-in. */
export const signInAction = publicAction(signInInput, async ({ email, password, next }) => {
  try {
    await signIn('credentials', { email, password, redirect: false });
  } catch (e) {
    if (e instanceof SecondFactorNeeded) return { challenge: e.challenge };
    // The same message for an unknown email and a wrong password.
    refusal(e, 'wrongCredentials');
  }
  redirect(sameOriginPath(next));
});

/** The second step: a code from the authenticator app, or a recovery code. */
export const secondFactorSignInAction = publicAction(ZSecondFactorSignIn, async ({ challenge, code, next }) => {
  try {
    await signIn('credentials', { challenge, code, redirect: false });
  } catch (e) {
    refusal(e, 'wrongCode');
  }
  redirect(sameOriginPath(next));
});
