'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { publicAction } from '@/lib/entry/action';
import { signIn, SignInLocked } from '@/lib/auth/config';
import { AppError } from '@/lib/errors';
import { ZSignInInput } from '@/lib/validation/auth';
import { sameOriginPath } from '@/lib/validation/next-path';

export const signInAction = publicAction(ZSignInInput, async ({ email, password, next }) => {
  try {
    await signIn('credentials', { email, password, redirect: false });
  } catch (e) {
    // Too many failures: say so, even when this password was right (it was not checked).
    if (e instanceof SignInLocked || (e instanceof AuthError && (e as { code?: string }).code === 'locked')) {
      throw new AppError('INVALID', 'signInLocked');
    }
    // The same message for an unknown email and a wrong password.
    if (e instanceof AuthError) throw new AppError('INVALID', 'wrongCredentials');
    throw e;
  }
  redirect(sameOriginPath(next));
});
