import 'server-only';
import { notFound, unstable_rethrow } from 'next/navigation';
import { NextResponse } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import type { TActor } from '@/lib/access/actor';
import { can, type TRoleCapability } from '@/lib/access/capabilities';
import { getActor, getSignedIn } from '@/lib/auth/actor';
import { containsNul } from '@/lib/entry/form-data';
import { takeRateLimit, type TRateLimitKind } from '@/lib/data/limits/rate-limit';
import { httpErrorOf } from '@/lib/entry/http-error';
import { jsonDepth, MAX_ACTION_BODY, MAX_JSON_DEPTH } from '@/lib/entry/request-guard';
import { requirePage } from '@/lib/entry/page';
import { AppError, notFoundError } from '@/lib/errors';

// The one wrapper every route handler outside the OSDI API goes through: it resolves the actor,
// parses the address and the body with zod, and turns what the data layer raises into an HTTP
// answer once (lib/entry/http-error.ts). The address (path and query) names what is asked for:
// one that does not parse names nothing, a 404 as on a page. A body that does not parse is a 400.
// A handler that streams its own body (an upload) reads `request` itself.

type TAnswer =
  /**
   * A link the browser follows: signed out goes to sign in, nothing there is the 404 page.
   * `capability` is what the route is for, as for its pages: an actor without it gets a 404.
   */
  | { answer: 'download'; capability: TRoleCapability }
  /**
   * A fetch from Leaven's own page: every answer, refusals too, is JSON `{ message }`; signed out
   * is a 401, an actor without the capability a 404 (before the body is read).
   */
  | { answer: 'json'; capability: TRoleCapability };

type TSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = TAnswer & {
  params?: P;
  query?: Q;
  /** A JSON body. */
  body?: B;
  /** Requests per session, counted before the body is read (lib/data/limits/rate-limit.ts). */
  rateLimit?: TRateLimitKind;
};

export type TRouteContext<P, Q, B> = { actor: TActor; request: Request; params: P; query: Q; body: B };

type TRouteArgs = { params: Promise<Record<string, string | string[]>> };

export function route<P extends z.ZodType = z.ZodUnknown, Q extends z.ZodType = z.ZodUnknown, B extends z.ZodType = z.ZodUnknown>(
  spec: TSpec<P, Q, B>,
  handler: (ctx: TRouteContext<z.output<P>, z.output<Q>, z.output<B>>) => Promise<Response>,
) {
  return async (request: Request, { params }: TRouteArgs): Promise<Response> => {
    const t = await getTranslations('errors');
    const refuse = (status: number, message: string): Response => {
      if (spec.answer === 'json') return NextResponse.json({ message }, { status });
      if (status === 404) notFound();
      return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    };
    try {
      const actor = await actorFor(spec);
      if (!actor) return refuse(401, t('signedOut'));
      if (spec.rateLimit) {
        const limit = await takeRateLimit(spec.rateLimit, (await getSignedIn())!.token);
        if (!limit.ok) {
          const message = t('rateLimited', { seconds: limit.retryAfterSeconds });
          const headers = { 'Retry-After': String(limit.retryAfterSeconds) };
          if (spec.answer === 'json') return NextResponse.json({ message }, { status: 429, headers });
          return new Response(message, { status: 429, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
        }
      }
      const ctx = {
        actor,
        request,
        params: parseAddress(spec.params, await params),
        query: parseAddress(spec.query, queryOf(request)),
        body: spec.body ? await readJson(request, spec.body) : undefined,
      };
      return await handler(ctx as TRouteContext<z.output<P>, z.output<Q>, z.output<B>>);
    } catch (e) {
      unstable_rethrow(e); // the way to sign in, and notFound(), are Next.js's to answer
      const http = httpErrorOf(e);
      switch (http.status) {
        case 404:
          return refuse(404, t('notFound'));
        case 400:
          return refuse(400, t.has(http.message) ? t(http.message) : t('invalid'));
        case 409:
          return refuse(409, t('conflict'));
        default:
          console.error('[route] unexpected error', request.method, new URL(request.url).pathname, e);
          return refuse(500, t('unexpected'));
      }
    }
  };
}

/** A download sends the signed-out to sign in (requirePage redirects); a fetch gets null, then a 401. */
async function actorFor(spec: TAnswer): Promise<TActor | null> {
  if (spec.answer === 'download') return requirePage(spec.capability);
  const actor = await getActor();
  // Security: an actor without the capability is told there is nothing here.
  if (actor && !can(actor, spec.capability)) throw notFoundError();
  return actor;
}

function parseAddress(schema: z.ZodType | undefined, value: unknown): unknown {
  if (!schema) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw notFoundError();
  return parsed.data;
}

/** The query as a page receives its searchParams: a repeated key becomes an array. */
function queryOf(request: Request): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(request.url).searchParams) {
    const seen = query[key];
    query[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return query;
}

async function readJson<B extends z.ZodType>(request: Request, schema: B): Promise<z.output<B>> {
  const text = await request.text();
  if (text.length > MAX_ACTION_BODY || jsonDepth(text) > MAX_JSON_DEPTH) throw new AppError('INVALID', 'invalid');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('INVALID', 'invalid');
  }
  if (containsNul(json)) throw new AppError('INVALID', 'invalid');
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new AppError('INVALID', parsed.error.issues[0]?.message ?? 'invalid');
  return parsed.data;
}
