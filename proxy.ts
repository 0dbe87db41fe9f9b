import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, HSTS, newNonce, servedOverHttps } from '@/lib/http/security-headers';

// Every page gets a Content-Security-Policy with a nonce of its own (lib/http/security-headers.ts).
// Next.js reads the nonce from the policy in the request's headers and puts it on the scripts it
// writes; pages must be rendered per request for that, and all of Leaven's are (they read the
// session or the language cookie). Proxy checks are only for headers and redirects (STYLE.md).

export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  if (servedOverHttps(process.env.AUTH_URL, request.headers.get('x-forwarded-proto'))) response.headers.set('Strict-Transport-Security', HSTS);
  return response;
}

export const config = {
  // The build's hashed files need no policy of their own; prefetches are not documents.
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
