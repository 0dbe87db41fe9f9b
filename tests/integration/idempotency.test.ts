import { createTranslator } from 'next-intl';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TActor } from '@/lib/access/actor';
import en from '../../messages/en/common.json';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// The same form sent twice at once (a double click, a browser retrying on a slow line) applies
// once: the form driver sends a key made once per form render (components/forms/use-action-form.ts),
// and the action wrapper answers the second request with the first one's answer.

const session = vi.hoisted(() => ({ actor: null as TActor | null }));
vi.mock('@/lib/auth/actor', () => ({ getActor: async () => session.actor }));
vi.mock('next-intl/server', () => ({ getTranslations: async (namespace: 'errors') => createTranslator({ locale: 'en', messages: en, namespace }) }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const { createPersonAction } = await import('@/app/(app)/people/person-form-actions');
const { logInteractionAction } = await import('@/app/(app)/_actions/interactions');
const { createCircleAction } = await import('@/app/(app)/circles/actions');

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  session.actor = org.actors.admin;
});
afterAll(() => prisma.$disconnect());

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
/** Where a redirecting action sent the user, or its result. */
const outcome = (p: Promise<unknown>) => p.then((r) => r, (e: { digest?: string }) => (e.digest?.startsWith('NEXT_REDIRECT') ? e.digest.split(';')[2] : Promise.reject(e)));

describe('a form sent twice with the same key', () => {
  it('creates one person, and both answers send the user to that person', async () => {
    const key = crypto.randomUUID();
    const sent = form({ givenName: 'Doble', familyName: 'Clic', confirmDuplicate: '1', idempotencyKey: key });
    const [a, b] = await Promise.all([outcome(createPersonAction(null, sent)), outcome(createPersonAction(null, sent))]);
    expect(await prisma.person.count({ where: { givenName: 'Doble' } })).toBe(1);
    const person = await prisma.person.findFirstOrThrow({ where: { givenName: 'Doble' } });
    expect([a, b]).toEqual([`/people/${person.id}`, `/people/${person.id}`]);
    // Sent again later (a reload that posts again): still that one person.
    expect(await outcome(createPersonAction(null, sent))).toBe(`/people/${person.id}`);
    expect(await prisma.person.count({ where: { givenName: 'Doble' } })).toBe(1);
  });

  it('logs one interaction, and answers both with it', async () => {
    const key = crypto.randomUUID();
    const sent = form({ kind: 'CALL', summary: 'Llamada doble', personIds: org.people.ana.id, idempotencyKey: key });
    const answers = await Promise.all([logInteractionAction(null, sent), logInteractionAction(null, sent), logInteractionAction(null, sent)]);
    expect(await prisma.interaction.count({ where: { summary: 'Llamada doble' } })).toBe(1);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toMatchObject({ ok: true });
  });

  it('creates one circle', async () => {
    const sent = form({ name: 'Círculo doble', kind: 'INFORMAL', idempotencyKey: crypto.randomUUID() });
    await Promise.all([outcome(createCircleAction(null, sent)), outcome(createCircleAction(null, sent))]);
    expect(await prisma.circle.count({ where: { name: 'Círculo doble' } })).toBe(1);
  });

  it('still creates two when the form was filled twice (two renders, two keys)', async () => {
    await outcome(createPersonAction(null, form({ givenName: 'Dos Veces', confirmDuplicate: '1', idempotencyKey: crypto.randomUUID() })));
    await outcome(createPersonAction(null, form({ givenName: 'Dos Veces', confirmDuplicate: '1', idempotencyKey: crypto.randomUUID() })));
    expect(await prisma.person.count({ where: { givenName: 'Dos Veces' } })).toBe(2);
  });

  it('does not spend the key on a refusal: the corrected form, sent with it, is applied', async () => {
    const key = crypto.randomUUID();
    const refused = await logInteractionAction(null, form({ kind: 'CALL', summary: '', personIds: org.people.ana.id, idempotencyKey: key }));
    expect(refused).toMatchObject({ ok: false });
    const applied = await logInteractionAction(null, form({ kind: 'CALL', summary: 'Corregida', personIds: org.people.ana.id, idempotencyKey: key }));
    expect(applied).toMatchObject({ ok: true });
    expect(await prisma.interaction.count({ where: { summary: 'Corregida' } })).toBe(1);
  });

  it("is one user's: another user's request with the same key is their own", async () => {
    const key = crypto.randomUUID();
    await outcome(createPersonAction(null, form({ givenName: 'Clave', confirmDuplicate: '1', idempotencyKey: key })));
    session.actor = org.actors.coordinator;
    try {
      await outcome(createPersonAction(null, form({ givenName: 'Clave', confirmDuplicate: '1', idempotencyKey: key })));
    } finally {
      session.actor = org.actors.admin;
    }
    expect(await prisma.person.count({ where: { givenName: 'Clave' } })).toBe(2);
  });
});
