import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { clientAddress } from '@/lib/auth/client-address';
import { orgClock } from '@/lib/data/admin/clock';
import { unsafeCompleteSignIn, unsafeSignIn, type TSignInResult } from '@/lib/data/account/sign-in';
import { isAppError } from '@/lib/errors';
import { signInInput } from '@/lib/validation/auth';
import { ZSecondFactorSignIn } from '@/lib/validation/security';

/* eslint-disable @typescript-eslint/consistent-type-definitions -- module augmentation needs interfaces */
declare module 'next-auth' {
  interface User {
    sessionToken?: string;
  }
}
/* eslint-enable @typescript-eslint/consistent-type-definitions */

/** Refused because of too many failures (lib/data/account/sign-in-limit.ts); the sign-in form says so in words. */
export class SignInLocked extends CredentialsSignin {
  code = 'locked';
}

/** The password was right; now the code from the user's authenticator app, for the sign-in `challenge`. */
export class SecondFactorNeeded extends CredentialsSignin {
  code = 'second-factor';
  constructor(readonly challenge: string) {
    super();
  }
}

/** The sign-in awaiting a second factor is unknown, used or too old: start again with the password. */
export class SecondFactorExpired extends CredentialsSignin {
  code = 'second-factor-expired';
}

/** The sign-in of one step of the form: the password, or the second factor (lib/data/account/sign-in.ts). */
async function authorizeStep(raw: Partial<Record<string, unknown>>, headers: Headers): Promise<TSignInResult | null> {
  // Security: the address comes from the request's headers (Auth.js passes on those of the
  // sign-in action's request), never from a form field, which anyone could fill in.
  const context = { userAgent: headers.get('user-agent') };
  const address = clientAddress(headers);
  const second = ZSecondFactorSignIn.safeParse(raw);
  if (second.success) return unsafeCompleteSignIn(second.data.challenge, second.data.code, address, context);
  const first = signInInput(await orgClock()).safeParse(raw);
  if (!first.success) return null;
  return unsafeSignIn(first.data.email, first.data.password, address, context);
}

// The JWT (encrypted by Auth.js) carries only the random token of a row in the `session`
// table, read on the server only (lib/auth/session-token.ts). Every request looks that row up
// with the user's current role and disabled flag (lib/auth/actor.ts), so sessions live in
// PostgreSQL and can be revoked at once; how long they last (idle and absolute) is decided there,
// from the organization's settings.
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // A wrong password is an expected answer, not a server error worth a stack trace in the log.
  logger: {
    error(error) {
      if (error.name === 'CredentialsSignin' || (error as { type?: string }).type === 'CredentialsSignin') return;
      console.error('[auth]', error);
    },
  },
  // The longest lifetime Settings allows; the session row ends sooner.
  session: { strategy: 'jwt', maxAge: 90 * 24 * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, challenge: {}, code: {} },
      async authorize(raw, request) {
        const result = await authorizeStep(raw, request.headers).catch((e: unknown) => {
          if (isAppError(e, 'FORBIDDEN')) throw new SignInLocked();
          if (isAppError(e, 'INVALID') && e.message === 'secondFactorExpired') throw new SecondFactorExpired();
          throw e;
        });
        if (!result) throw new CredentialsSignin();
        if (result.secondFactor) throw new SecondFactorNeeded(result.token);
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
