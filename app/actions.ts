'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { publicAction } from '@/lib/entry/action';
import { auth, signOut } from '@/lib/auth/config';
import { revokeSession } from '@/lib/data/account/sessions';
import { LOCALE_COOKIE, LOCALES } from '@/lib/i18n/config';

/** Remembers the chosen language for a year, on this browser. */
export const setLocaleAction = publicAction(z.object({ locale: z.enum(LOCALES) }), async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { maxAge: 365 * 86_400, sameSite: 'lax', path: '/', httpOnly: true });
  return { locale };
});

/** Ends the session in the database as well as in the browser. */
export const signOutAction = publicAction(z.object({}), async () => {
  const session = await auth();
  if (session?.sid) await revokeSession(session.sid);
  await signOut({ redirect: false });
  redirect('/login');
});
