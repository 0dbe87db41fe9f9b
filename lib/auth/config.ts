import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { clientAddress } from '@/lib/auth/client-address';
import { unsafeSignIn } from '@/lib/data/account/sessions';
import { isAppError } from '@/lib/errors';
import { ZSignInInput } from '@/lib/validation/auth';

/* eslint-disable @typescript-eslint/consistent-type-definitions -- module augmentation needs interfaces */
declare module 'next-auth' {
  interface User {
    sessionToken?: string;
  }
}
/* eslint-enable @typescript-eslint/consistent-type-definitions */

/** Refused because of too many failures (lib/data/account/sessions.ts); the sign-in form says so in words. */
export class SignInLocked extends CredentialsSignin {
  code = 'locked';
}

// The JWT (encrypted by Auth.js) carries only the random token of a row in the `session`
// table, read on the server only (lib/auth/session-token.ts). Every request looks that row up
// with the user's current role and disabled flag (lib/auth/actor.ts), so sessions live in PostgreSQL and can be revoked at once.
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // A wrong password is an expected answer, not a server error worth a stack trace in the log.
  logger: {
    error(error) {
      if (error.name === 'CredentialsSignin' || (error as { type?: string }).type === 'CredentialsSignin') return;
      console.error('[auth]', error);
    },
  },
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = ZSignInInput.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        // Security: the address comes from the request's headers (Auth.js passes on those of the
        // sign-in action's request), never from a form field, which anyone could fill in.
        const address = clientAddress(request.headers);
        const result = await unsafeSignIn(parsed.data.email, parsed.data.password, address).catch((e: unknown) => {
          if (isAppError(e, 'FORBIDDEN')) throw new SignInLocked();
          throw e;
        });
        if (!result) throw new CredentialsSignin();
        return { id: result.userId, sessionToken: result.token };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sessionToken) token.sid = user.sessionToken;
      return token;
    },
    // Security: the session page scripts can read (/api/auth/session) carries no session token;
    // the server reads it from the cookie itself (lib/auth/session-token.ts).
    session({ session }) {
      return { expires: session.expires, user: {} } as typeof session;
    },
  },
});
