import path from 'node:path';
import fc from 'fast-check';
import { createTranslator } from 'next-intl';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TActor } from '@/lib/access/actor';
import { closeImportPool } from '@/lib/db/pools';
import en from '../../messages/en/common.json';
import enAdmin from '../../messages/en/admin.json';
import { sourceActions } from '../e2e/authz/inventory';
import { ACTIONS } from '../e2e/authz/matrix';
import { asFormData, FUZZ_RUNS, FUZZ_SEED, hostilePayload } from '../support/fuzz';
import { fuzzRefs, rowCounts } from '../support/fuzz-db';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// Every server action, fed hostile payloads (tests/support/fuzz.ts) through the one action wrapper
// and down to the data layer, as leadership, a coordinator, a member or nobody: every answer is a
// refusal with a message or a success, never the "unexpected error" a crash becomes, and a
// refusal from the data layer leaves every table as it was.

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
// Auth.js and the request's cookies belong to a running Next.js; sign-in itself is not what is fuzzed here.
vi.mock('@/lib/auth/config', () => ({ signIn: async () => undefined, signOut: async () => undefined, auth: async () => null, SignInLocked: class extends Error {}, SecondFactorNeeded: class extends Error {}, SecondFactorExpired: class extends Error {} }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined, set: () => undefined }), headers: async () => new Headers({ host: 'leaven.test' }) }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
const translators = vi.hoisted(() => new Map<string, unknown>());
vi.mock('next-intl/server', () => ({
  getTranslations: async (namespace: 'errors') => {
    if (!translators.has(namespace)) translators.set(namespace, createTranslator({ locale: 'en', messages: { ...en, ...enAdmin }, namespace }));
    return translators.get(namespace);
  },
  getFormatter: async () => ({ dateTime: (d: Date) => d.toISOString(), number: (n: number) => String(n) }),
}));

type TAction = (prev: unknown, input: unknown) => Promise<{ ok: boolean; message?: string; fieldErrors?: unknown }>;

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
});

const ROOT = path.resolve(import.meta.dirname, '../..');
const unexpected = en.errors.unexpected;
const totals = { payloads: 0, failures: 0 };

describe('every server action, fed hostile payloads', () => {
  it.each(sourceActions())('%s', async (key) => {
    const [file, name] = key.split('#') as [string, string];
    const action = ((await import(path.join(ROOT, file))) as Record<string, TAction>)[name]!;
    const refs = fuzzRefs(org);
    const bases = (ACTIONS[key]?.(refs) ?? []).map((c) => c.input ?? {});
    const actors = [org.actors.admin, org.actors.admin, org.actors.coordinator, org.actors.member, null];
    const failures: string[] = [];
    let counts = await rowCounts(prisma);

    await fc.assert(
      fc.asyncProperty(hostilePayload(bases), fc.nat(actors.length - 1), fc.boolean(), async (payload, who, asForm) => {
        session.actor = actors[who]!;
        const shown = () => (JSON.stringify(payload) ?? String(payload)).slice(0, 300);
        // 'parse': refused before the data layer, which nothing reached; 'data': refused by it.
        let refused: 'parse' | 'data' | null = null;
        try {
          const result = await action(null, asForm ? asFormData(payload) : payload);
          if (result?.ok === false) {
            if (result.message === unexpected || !result.message) failures.push(`${shown()} → ${result.message}`);
            refused = result.fieldErrors || result.message === en.errors.signedOut ? 'parse' : 'data';
          }
        } catch (e) {
          const digest = (e as { digest?: string }).digest ?? '';
          if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK')) refused = 'data';
          else if (!digest.startsWith('NEXT_REDIRECT')) failures.push(`${shown()} → threw ${String(e).slice(0, 300)}`);
        }
        if (refused === 'parse') return;
        // A refusal from the data layer changes nothing; a success may have, so count again.
        const now = await rowCounts(prisma);
        if (refused === 'data' && now !== counts) failures.push(`${shown()} → refused, yet rows changed: ${counts} → ${now}`);
        counts = now;
      }),
      { numRuns: FUZZ_RUNS, seed: FUZZ_SEED, endOnFailure: true },
    );
    totals.payloads += FUZZ_RUNS;
    totals.failures += failures.length;
    expect(failures.slice(0, 5)).toEqual([]);
  }, 600_000);

  afterAll(() => console.log(`fuzz: ${sourceActions().length} server actions × ${FUZZ_RUNS} payloads = ${totals.payloads}; failures ${totals.failures}`));
});
