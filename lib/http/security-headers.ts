// The Content-Security-Policy and HSTS of every page, set per request by proxy.ts. Pure: no
// request objects, so a unit test reads the policy as the browser will.
//
// Scripts run only with this request's nonce (Next.js puts it on its own inline and bundled
// scripts, reading it from the policy in the request's headers) or when loaded by such a script
// ('strict-dynamic'): no 'unsafe-inline' for scripts, so an injected <script> does not run.
// Everything is self-hosted: no third-party host appears here. Styles keep 'unsafe-inline' (React
// style attributes); they cannot run code.

export function contentSecurityPolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only in development, where React rebuilds server error stacks with eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Whether the browser reached Leaven over HTTPS: AUTH_URL says so, or the reverse proxy in front
 * does (X-Forwarded-Proto). Only then is HSTS sent: over plain HTTP (a laptop, the demo) it would
 * be ignored at best, and a browser that once saw it would refuse the plain address.
 */
export function servedOverHttps(authUrl: string | undefined, forwardedProto: string | null): boolean {
  if (authUrl?.startsWith('https://')) return true;
  return forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/** One year; no includeSubDomains, which would bind the organization's other sites too. */
export const HSTS = 'max-age=31536000';
