// Requests Next.js itself would answer with a 500 before any of Leaven's code runs, refused first
// by proxy.ts with 400 or 413: a server action's body that React never sends (not JSON, nested
// thousands deep, a form that does not parse, over 1 MB), and an address holding a NUL character
// (PostgreSQL refuses one in any text). API routes and the upload read their own bodies, through
// lib/entry/route.ts and osdi-route.ts, which answer for them. Pure: no Next.js here.

/** Next.js's own limit for a server action's body (serverActions.bodySizeLimit). */
export const MAX_ACTION_BODY = 1024 * 1024;
/** Deeper than any form, argument or API body Leaven takes; React's decoder overflows its stack long before 5,000. */
export const MAX_JSON_DEPTH = 64;

const refuse = (status: 400 | 413, message: string) =>
  new Response(JSON.stringify({ message }), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } });

/** How deep arrays and objects nest in JSON text (brackets inside strings are text). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

/** A server action's request: fetched by React (Next-Action), or a form posted before JavaScript loaded. */
function isActionPost(request: Request, path: string): boolean {
  if (request.method !== 'POST' || path.startsWith('/api/') || path === '/imports/upload') return false;
  return request.headers.has('next-action') || (request.headers.get('content-type') ?? '').startsWith('multipart/form-data');
}

export async function refuseMalformedRequest(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  if (/%00/i.test(url.pathname + url.search)) return refuse(400, 'This address holds a NUL character, which Leaven does not accept.');
  if (!isActionPost(request, url.pathname)) return null;

  const tooLarge = () => refuse(413, 'The request is larger than 1 MB.');
  if (Number(request.headers.get('content-length') ?? 0) > MAX_ACTION_BODY) return tooLarge();
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > MAX_ACTION_BODY) return tooLarge();
  const type = request.headers.get('content-type') ?? '';
  const malformed = () => refuse(400, 'The request is not one Leaven sends: reload the page and try again.');
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await new Response(bytes, { headers: { 'Content-Type': type } }).formData();
    } catch {
      return malformed();
    }
    for (const value of form.values()) if (typeof value === 'string' && jsonDepth(value) > MAX_JSON_DEPTH) return malformed();
    return null;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (jsonDepth(text) > MAX_JSON_DEPTH) return malformed();
    JSON.parse(text);
  } catch {
    return malformed();
  }
  return null;
}
