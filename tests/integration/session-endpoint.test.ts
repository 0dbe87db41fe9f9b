import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsafeSignIn } from '@/lib/data/account/sign-in';
import { buildSmallOrg, testClient } from '../support/small-org';

// /api/auth/session is readable by every script on Leaven's pages. The session cookie carries the
// random token of a `session` row; that token is a bearer credential and must stay on the server.

const prisma = testClient();
const COOKIE = 'authjs.session-token';
process.env.AUTH_SECRET ??= 'a-test-secret-of-at-least-thirty-two-characters';

beforeAll(() => buildSmallOrg(prisma));
afterAll(() => prisma.$disconnect());

describe('the session page scripts can read', () => {
  it('holds no session token', async () => {
    const { handlers } = await import('@/lib/auth/config');
    const signedIn = await unsafeSignIn('member@test.example.org', 'correct horse battery');
    const jwt = await encode({ token: { sid: signedIn!.token, sub: signedIn!.userId }, secret: process.env.AUTH_SECRET!, salt: COOKIE });
    const headers = new Headers({ cookie: `${COOKIE}=${jwt}` });
    const res = await handlers.GET(new Request('http://localhost:3000/api/auth/session', { headers }) as never);
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(body).not.toContain(signedIn!.token);
    expect(body).not.toMatch(/"sid"/);
  });
});
