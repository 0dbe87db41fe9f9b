import { createTranslator } from 'next-intl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { TActor } from '../../lib/access/actor';
import { AppError } from '../../lib/errors';
import en from '../../messages/en/common.json';

// What a route handler answers, for each thing the data layer can raise: once for Leaven's own
// routes, and on the same statuses for the OSDI API.

const admin: TActor = { userId: 'u', email: 'a@example.org', role: 'ADMIN', personId: null, scope: { circleIds: [], organizationIds: [], precinctIds: [] } };
const session = vi.hoisted(() => ({ actor: null as TActor | null, limit: { ok: true } as { ok: true } | { ok: false; retryAfterSeconds: number } }));

vi.mock('@/lib/auth/actor', () => ({
  getActor: async () => session.actor,
  getSignedIn: async () => (session.actor ? { actor: session.actor, token: 'session-token' } : null),
  requireActor: async () => session.actor ?? Promise.reject(Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/login;307;' })),
}));
vi.mock('@/lib/data/admin/api-tokens', () => ({ unsafeGetActorByApiToken: async () => session.actor }));
vi.mock('@/lib/data/limits/rate-limit', () => ({ takeRateLimit: async () => session.limit }));
vi.mock('next-intl/server', () => ({ getTranslations: async (namespace: 'errors') => createTranslator({ locale: 'en', messages: en, namespace }) }));

const { route } = await import('../../lib/entry/route');
const { osdiRoute } = await import('../../lib/entry/osdi-route');

const noParams = { params: Promise.resolve({}) };
const get = (url = 'http://leaven.test/x') => new Request(url, { headers: { 'osdi-api-token': 't' } });
const raising = (e: unknown) => async (): Promise<Response> => {
  throw e;
};

const CASES: [string, unknown, number, string][] = [
  ['a missing record', new AppError('NOT_FOUND'), 404, en.errors.notFound],
  ['a record out of scope', new AppError('FORBIDDEN'), 404, en.errors.notFound],
  ['a refused value, by its message key', new AppError('INVALID', 'importEmpty'), 400, en.errors.importEmpty],
  ['a refused value with no message of ours', new AppError('INVALID', 'no such key'), 400, en.errors.invalid],
  ['a stale version', new AppError('CONFLICT'), 409, en.errors.conflict],
  ['anything else', new Error('password=hunter2 at db.ts:12'), 500, en.errors.unexpected],
];

describe('a JSON route', () => {
  beforeEach(() => {
    session.actor = admin;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  for (const [what, error, status, message] of CASES) {
    it(`answers ${what} with ${status} and a message in the user's language, and no details`, async () => {
      const res = await route({ answer: 'json', capability: 'area.people' }, raising(error))(get(), noParams);
      expect(res.status).toBe(status);
      expect(await res.json()).toEqual({ message });
    });
  }

  it('logs what went wrong on its side, for the administrators', async () => {
    await route({ answer: 'json', capability: 'area.people' }, raising(new Error('boom')))(get(), noParams);
    expect(console.error).toHaveBeenCalledWith('[route] unexpected error', 'GET', '/x', expect.objectContaining({ message: 'boom' }));
  });

  it('tells the signed out so, without calling the handler', async () => {
    session.actor = null;
    const handler = vi.fn();
    const res = await route({ answer: 'json', capability: 'area.people' }, handler)(get(), noParams);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ message: en.errors.signedOut });
    expect(handler).not.toHaveBeenCalled();
  });

  it('parses a JSON body, and refuses one that does not fit with a 400', async () => {
    const spec = { answer: 'json', capability: 'area.people', body: z.object({ n: z.number().int() }) } as const;
    const handler = route(spec, async ({ body }) => Response.json({ twice: body.n * 2 }));
    const post = (body: string) => new Request('http://leaven.test/x', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect(await (await handler(post('{"n":21}'), noParams)).json()).toEqual({ twice: 42 });
    expect((await handler(post('{"n":"x"}'), noParams)).status).toBe(400);
    expect((await handler(post('not json'), noParams)).status).toBe(400);
  });
});

describe('a download route', () => {
  beforeEach(() => {
    session.actor = admin;
  });

  it('reads its params and query with zod; a repeated key reaches the schema as a list, as on a page', async () => {
    const spec = { answer: 'download', capability: 'area.people', params: z.object({ id: z.uuid() }), query: z.object({ tag: z.array(z.string()) }) } as const;
    const handler = route(spec, async ({ params, query }) => Response.json({ id: params.id, tag: query.tag }));
    const id = '0190f5c4-6b1e-7c00-8000-000000000001';
    const res = await handler(get('http://leaven.test/x?tag=a&tag=b'), { params: Promise.resolve({ id }) });
    expect(await res.json()).toEqual({ id, tag: ['a', 'b'] });
  });

  it('answers an address that names nothing (a malformed id) with the 404 page, as for a missing record', async () => {
    const spec = { answer: 'download', capability: 'area.people', params: z.object({ id: z.uuid() }) } as const;
    const handler = vi.fn();
    const answer = route(spec, handler)(get(), { params: Promise.resolve({ id: 'not-a-uuid' }) });
    await expect(answer).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    expect(handler).not.toHaveBeenCalled();
    await expect(route({ answer: 'download', capability: 'area.people' }, raising(new AppError('FORBIDDEN')))(get(), noParams)).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  });

  it('sends the signed out to sign in, and answers 404 to a role the area does not reach', async () => {
    session.actor = null;
    await expect(route({ answer: 'download', capability: 'area.people' }, vi.fn())(get(), noParams)).rejects.toMatchObject({ digest: expect.stringContaining('/login') });
    session.actor = { ...admin, role: 'MEMBER' };
    await expect(route({ answer: 'download', capability: 'area.admin' }, vi.fn())(get(), noParams)).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  });

  it('answers a stale version with 409 in plain words', async () => {
    const res = await route({ answer: 'download', capability: 'area.people' }, raising(new AppError('CONFLICT')))(get(), noParams);
    expect(res.status).toBe(409);
    expect(await res.text()).toBe(en.errors.conflict);
  });
});

describe('a rate-limited route', () => {
  beforeEach(() => {
    session.actor = admin;
    session.limit = { ok: false, retryAfterSeconds: 42 };
  });
  afterEach(() => {
    session.limit = { ok: true };
  });

  it('answers 429 with Retry-After, in the user’s language, without calling the handler', async () => {
    const handler = vi.fn();
    const res = await route({ answer: 'json', capability: 'area.people', rateLimit: 'upload' }, handler)(get(), noParams);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('42');
    expect(await res.json()).toEqual({ message: en.errors.rateLimited.replace('{seconds}', '42') });
    expect(handler).not.toHaveBeenCalled();
  });

  it('on the OSDI API too, per token, in OSDI’s JSON', async () => {
    const handler = vi.fn();
    const res = await osdiRoute(handler)(get(), noParams);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('42');
    expect(((await res.json()) as { error: string }).error).toBe('rate_limited');
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('the OSDI API', () => {
  beforeEach(() => {
    session.actor = admin;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('answers each error on the same status as every other route, in its own JSON', async () => {
    for (const [what, error, status] of CASES) {
      const res = await osdiRoute(raising(error))(get(), noParams);
      expect(res.status, what).toBe(status);
      const body = (await res.json()) as { error: string; message: string };
      expect(body.error, what).toBe({ 404: 'not_found', 400: 'invalid_request', 409: 'conflict', 500: 'server_error' }[status]);
      expect(body.message, what).not.toContain('hunter2');
    }
  });
});
