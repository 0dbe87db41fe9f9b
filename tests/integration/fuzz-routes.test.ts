import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { createTranslator } from 'next-intl';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TActor } from '@/lib/access/actor';
import { closeImportPool } from '@/lib/db/pools';
import en from '../../messages/en/common.json';
import { FUZZ_RUNS, FUZZ_SEED, hostilePayload, hostileString } from '../support/fuzz';
import { rowCounts } from '../support/fuzz-db';
import { tokensFor } from '../support/osdi';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// Every route handler (the OSDI API and Leaven's own downloads and upload), fed hostile addresses,
// queries and bodies: every answer is a 2xx, 3xx or a 4xx that says what is wrong, never a 5xx,
// and a 4xx leaves every table as it was. (Auth.js's own route is Auth.js's; the e2e sample sends it junk.)

const session = vi.hoisted(() => ({ actor: null as TActor | null }));
vi.mock('@/lib/auth/actor', () => ({
  getActor: async () => session.actor,
  getActorSettingUpSecondFactor: async () => session.actor,
  // A session of the actor's own (rate limits count per session; the notice is dismissed per session).
  getSignedIn: async () =>
    session.actor
      ? { actor: session.actor, token: `fuzz-${session.actor.userId}`, sessionId: '00000000-0000-4000-8000-00000000f022', mustSetUpSecondFactor: false, failedSignIns: { count: 0, lastAt: null } }
      : null,
  requireActor: async () => session.actor ?? Promise.reject(Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/login;307;' })),
}));
vi.mock('next-intl/server', () => ({
  getTranslations: async (namespace: 'errors' | 'imports') => createTranslator({ locale: 'en', messages: en, namespace: namespace as 'errors' }),
}));

type THandler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const ROOT = path.resolve(import.meta.dirname, '../..');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function routeFiles(dir = path.join(ROOT, 'app')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return routeFiles(p);
    return name === 'route.ts' && !p.includes('[...nextauth]') ? [p] : [];
  });
}

/** '/api/osdi/v1/people/[id]' for its file; the names of its dynamic segments. */
const urlOf = (file: string) => `/${path.relative(path.join(ROOT, 'app'), path.dirname(file)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).join('/')}`;
const segments = (url: string) => [...url.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);

// Real bodies of each kind, for the fuzzer to start from.
const BODIES: Record<string, Record<string, unknown>[]> = {
  people: [{ given_name: 'Rosa', family_name: 'Díaz', email_addresses: [{ address: 'rosa@example.org' }], custom_fields: { precinct: '25-1' } }],
  events: [{ title: 'Rally', start_date: '2027-03-14T07:30', capacity: 40, custom_fields: { kind: 'RALLY' } }],
  tags: [{ name: 'vecinos' }],
  attendances: [{ status: 'accepted', person: { given_name: 'Rosa' } }],
};
const bodiesFor = (url: string) => BODIES[Object.keys(BODIES).find((k) => url.includes(k)) ?? 'people']!;

const prisma = testClient();
let org: TSmallOrg;
let token: string;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  token = (await tokensFor(org)).admin;
});
afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
});

const entries = routeFiles().flatMap((file) => METHODS.map((method) => ({ file, method, url: urlOf(file) })));
const totals = { entries: 0, payloads: 0, failures: 0 };

describe('every route handler, fed hostile requests', () => {
  it.each(entries.map((e) => [`${e.method} ${e.url}`, e] as const))('%s', async (_name, { file, method, url }) => {
    const handler = ((await import(file)) as Record<string, THandler | undefined>)[method];
    if (!handler) return; // the route has no such method; Next answers 405 itself
    const ids = [org.people.ana.id, org.circles.circleA.id, crypto.randomUUID()];
    const idArb = fc.oneof(fc.constantFrom(...ids), hostileString);
    const request = fc.record({
      params: fc.record(Object.fromEntries(segments(url).map((s) => [s, idArb]))),
      query: fc.array(fc.tuple(fc.constantFrom('page', 'per_page', 'filter', 'q', 'sort', 'ward', 'id', 'format', 'version'), hostileString), { maxLength: 3 }),
      body: fc.oneof(hostilePayload(bodiesFor(url)).map((b) => JSON.stringify(b) ?? 'null'), hostileString, fc.uint8Array({ maxLength: 64 }).map((b) => new TextDecoder().decode(b))),
      token: fc.constantFrom(token, token, token, '', 'lvn_not-a-token'),
      actor: fc.constantFrom<TActor | null>(org.actors.admin, org.actors.admin, org.actors.coordinator, org.actors.member, null),
    });
    const failures: string[] = [];
    let counts = await rowCounts(prisma);
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        session.actor = r.actor;
        const query = new URLSearchParams(r.query);
        const href = `http://leaven.test${url.replace(/\[(\w+)\]/g, (_, s: string) => encodeURIComponent(String(r.params[s])))}?${query}`;
        const headers: Record<string, string> = { 'Content-Type': 'application/json', host: 'leaven.test' };
        if (r.token) headers['OSDI-API-Token'] = r.token;
        const hasBody = method !== 'GET' && method !== 'DELETE';
        let status: number;
        let text = '';
        try {
          const res = await handler(new Request(href, { method, headers, body: hasBody ? r.body : undefined }), { params: Promise.resolve(r.params as Record<string, string>) });
          status = res.status;
          text = await res.text();
        } catch (e) {
          const digest = (e as { digest?: string }).digest ?? '';
          status = digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404') ? 404 : digest.startsWith('NEXT_REDIRECT') ? 307 : 500;
          if (status === 500) text = String(e);
        }
        const shown = `${method} ${href.slice(0, 200)} ${r.body.slice(0, 200)}`;
        if (status >= 500) failures.push(`${shown} → ${status} ${text.slice(0, 300)}`);
        if (status >= 400 && status < 500 && status !== 404 && !text.trim()) failures.push(`${shown} → ${status} with no message`);
        if (status < 400 && status >= 300) return;
        const now = await rowCounts(prisma);
        if (status >= 400 && now !== counts) failures.push(`${shown} → ${status}, yet rows changed: ${counts} → ${now}`);
        counts = now;
      }),
      { numRuns: FUZZ_RUNS, seed: FUZZ_SEED, endOnFailure: true },
    );
    totals.entries++;
    totals.payloads += FUZZ_RUNS;
    totals.failures += failures.length;
    expect(failures.slice(0, 5)).toEqual([]);
  }, 600_000);

  afterAll(() => console.log(`fuzz: ${totals.entries} route handlers × ${FUZZ_RUNS} requests = ${totals.payloads}; failures ${totals.failures}`));
});
