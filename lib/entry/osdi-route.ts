import 'server-only';
import type { z } from 'zod';
import type { TActor } from '@/lib/access/actor';
import { orgClock } from '@/lib/data/admin/clock';
import { unsafeGetActorByApiToken } from '@/lib/data/admin/api-tokens';
import type { TOrgLocale } from '@/lib/format/org-locale';
import { takeRateLimit } from '@/lib/data/limits/rate-limit';
import { httpErrorOf } from '@/lib/entry/http-error';
import { errorResponse, hal, OsdiError, type TPage } from '@/lib/osdi/hal';
import { ZPaging } from '@/lib/osdi/schemas';
import { containsNul } from '@/lib/entry/form-data';
import { jsonDepth, MAX_JSON_DEPTH } from '@/lib/entry/request-guard';

// The one wrapper every OSDI route goes through: the token in OSDI-API-Token becomes an actor
// with its user's role and scope; errors become JSON a developer can act on. Bad JSON and wrong
// types are 400s; a record out of the token's scope is a 404, exactly like a missing one.

export type TOsdiContext = { actor: TActor; request: Request; base: string; params: Record<string, string> };
type THandler = (ctx: TOsdiContext) => Promise<Response>;

const MAX_BODY = 1_000_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function osdiRoute(handler: THandler) {
  return async (request: Request, { params }: { params: Promise<Record<string, string>> }): Promise<Response> => {
    try {
      const token = request.headers.get('osdi-api-token')?.trim();
      if (!token) throw new OsdiError(401, 'missing_token', 'Send an API token in the OSDI-API-Token header. Leadership creates tokens in Leaven at /settings/api-tokens.');
      const actor = await unsafeGetActorByApiToken(token);
      if (!actor) throw new OsdiError(401, 'invalid_token', 'This API token is not valid: it may have expired or been revoked, or its user disabled. Ask leadership for a new one.');
      // Per token, shared by every app server (lib/data/limits/rate-limit.ts).
      const limit = await takeRateLimit('osdi', token);
      if (!limit.ok) return tooManyRequests(limit.retryAfterSeconds);
      const resolved = (await params) ?? {};
      // An id that is not a uuid names nothing: the same 404 as a missing record.
      for (const [key, value] of Object.entries(resolved)) if (/id$/i.test(key) && !UUID.test(value)) throw notFound();
      const url = new URL(request.url);
      return await handler({ actor, request, base: url.origin, params: resolved });
    } catch (e) {
      if (e instanceof OsdiError) return errorResponse(e.status, e.code, e.message, e.details);
      return osdiError(e);
    }
  };
}

/** A data-layer error in OSDI's words, on the status every route gives it (lib/entry/http-error.ts). */
function osdiError(e: unknown): Response {
  const http = httpErrorOf(e);
  switch (http.status) {
    case 404:
      return errorResponse(404, 'not_found', NOT_FOUND);
    case 409:
      return errorResponse(409, 'conflict', http.message === 'CONFLICT' ? 'The record changed while this request was being handled; send it again.' : http.message);
    case 400:
      return errorResponse(400, 'invalid_request', http.message);
    default:
      console.error('[osdi] unexpected error', e);
      return errorResponse(500, 'server_error', 'Something went wrong on our side and nothing was saved. Try again; if it keeps happening, tell the Leaven administrators.');
  }
}

function tooManyRequests(retryAfterSeconds: number): Response {
  const response = errorResponse(429, 'rate_limited', `Too many requests with this token. Wait ${retryAfterSeconds} seconds (the Retry-After header), then go on.`);
  response.headers.set('Retry-After', String(retryAfterSeconds));
  return response;
}

const NOT_FOUND = 'No such resource, or it is outside what this token may see.';
export const notFound = () => new OsdiError(404, 'not_found', NOT_FOUND);

/**
 * The request body as JSON, checked against `schema` (or the schema made for the organization's
 * clock and phone country); anything else is a 400 that says what to fix.
 */
export async function readBody<S extends z.ZodType>(request: Request, given: S | ((org: TOrgLocale) => S)): Promise<z.output<S>> {
  const type = request.headers.get('content-type') ?? '';
  if (type && !/json/i.test(type)) throw new OsdiError(415, 'unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json (or application/hal+json).');
  const text = await request.text();
  if (text.length > MAX_BODY) throw new OsdiError(413, 'too_large', 'The body is larger than 1 MB.');
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw new OsdiError(400, 'invalid_json', `The request body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new OsdiError(400, 'invalid_json', `The request body is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  // PostgreSQL keeps no NUL character in any text: refused here rather than failing on the way in.
  if (containsNul(json)) throw new OsdiError(400, 'invalid_request', 'The request body holds a NUL character (\\u0000), which Leaven does not accept.');
  const schema = typeof given === 'function' ? given(await orgClock()) : given;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ field: pathOf(i.path), message: i.message }));
    throw new OsdiError(400, 'invalid_request', errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; '), errors);
  }
  return parsed.data;
}

function pathOf(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** ?create_precinct=true: the caller confirms adding a precinct the person names that Leaven lacks (leadership's tokens). */
export function apiOptions(request: Request): { createPrecinct: boolean } {
  return { createPrecinct: new URL(request.url).searchParams.get('create_precinct') === 'true' };
}

export function paging(request: Request): TPage {
  const q = new URL(request.url).searchParams;
  const parsed = ZPaging.safeParse({ page: q.get('page') ?? undefined, per_page: q.get('per_page') ?? undefined });
  if (!parsed.success) throw new OsdiError(400, 'invalid_request', parsed.error.issues.map((i) => i.message).join('; '));
  return { page: parsed.data.page, perPage: parsed.data.per_page };
}

export { hal };
