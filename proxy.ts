import { NextResponse, type NextRequest } from 'next/server';
import { refuseMalformedRequest } from '@/lib/entry/request-guard';
import { contentSecurityPolicy, HSTS, newNonce, servedOverHttps } from '@/lib/http/security-headers';

// Not an authorization check (those live in the data layer). Two things happen here, before any
// page or action runs:
// - a request Next.js would answer with a 500 before Leaven's code runs is answered 400 or 413
//   (lib/entry/request-guard.ts);
// - every page gets a Content-Security-Policy with a nonce of its own (lib/http/security-headers.ts).
//   Next.js reads the nonce from the policy in the request's headers and puts it on the scripts it
//   writes; pages must be rendered per request for that, and all of Leaven's are (they read the
//   session or the language cookie). Proxy checks are only for headers and redirects (STYLE.md).
export async function proxy(request: NextRequest) {
  const refused = await refuseMalformedRequest(request);
  if (refused) return refused;
  const policy = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  if (servedOverHttps(process.env.AUTH_URL, request.headers.get('x-forwarded-proto'))) response.headers.set('Strict-Transport-Security', HSTS);
  return response;
}

export const config = {
  // Every page and action; not Next's own hashed files. (The upload and the API answer for their bodies.)
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
