'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { publicAction } from '@/lib/entry/action';
import { signOut } from '@/lib/auth/config';
import { currentSessionToken } from '@/lib/auth/session-token';
import { revokeSession } from '@/lib/data/account/sessions';
import { LOCALE_COOKIE, LOCALES } from '@/lib/i18n/config';

/** Remembers the chosen language for a year, on this browser. */
export const setLocaleAction = publicAction(z.object({ locale: z.enum(LOCALES) }), async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { maxAge: 365 * 86_400, sameSite: 'lax', path: '/', httpOnly: true });
  return { locale };
});

/** Ends the session in the database as well as in the browser. */
export const signOutAction = publicAction(z.object({}), async () => {
  const token = await currentSessionToken();
  if (token) await revokeSession(token);
  await signOut({ redirect: false });
  redirect('/login');
});
