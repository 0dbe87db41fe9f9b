// Where sign-in sends the user afterwards (`/login?next=…`). Anyone can write that into a link, so
// only a path on this site is kept, however it is spelled; anything else goes home. Browsers drop
// tabs and newlines from addresses and read a backslash as a slash, so `/\t/evil.example` and
// `/\evil.example` are other sites to them; `/.//evil.example` resolves to `//evil.example`.

const BASE = 'http://leaven.invalid';
const MAX_LENGTH = 2_000;

/** `next` as a path (and query) of this site, or '/' when it is anything else. */
export function sameOriginPath(next: string | undefined): string {
  if (typeof next !== 'string' || next.length > MAX_LENGTH) return '/';
  // Security: control characters and backslashes are refused outright, not cleaned.
  if (/[\u0000-\u001f\u007f\\]/.test(next) || !next.startsWith('/') || next.startsWith('//')) return '/';
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return '/';
  }
  // Security: after dot segments resolve, the path must still not begin with two slashes.
  if (url.origin !== BASE || url.pathname.startsWith('//')) return '/';
  return `${url.pathname}${url.search}`;
}
