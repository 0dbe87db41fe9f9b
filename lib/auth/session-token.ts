import 'server-only';
import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';

// The random token of the signed-in `session` row, read on the server from Auth.js's encrypted
// cookie. Security: the token is a bearer credential, so it is never put in the session object
// that /api/auth/session hands to page scripts (lib/auth/config.ts); only the server reads it, here.

// Auth.js names the cookie by the protocol the site is served over; the salt is the cookie's name.
const COOKIE_NAMES = ['__Secure-authjs.session-token', 'authjs.session-token'];

export async function currentSessionToken(): Promise<string | null> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return null;
  const jar = await cookies();
  for (const name of COOKIE_NAMES) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    const token = await decode({ token: value, secret, salt: name }).catch(() => null);
    if (typeof token?.sid === 'string') return token.sid;
  }
  return null;
}
