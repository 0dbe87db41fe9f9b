import { describe, expect, it } from 'vitest';
import { orderPair } from '../../lib/data/people/relationships';
import { ZLogInteractionInput } from '../../lib/validation/interaction';
import { ZAddRelationshipInput, ZSetRecruiterInput } from '../../lib/validation/relationship';

const A = '0b6a3c1e-7f0a-4d55-9a8e-2f1b3c4d5e6f';
const B = 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b';
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('logging an interaction: validation', () => {
  it('accepts a form post: one person, an empty date meaning now, a follow-up day', () => {
    const r = ZLogInteractionInput.safeParse({ kind: 'ONE_ON_ONE', occurredAt: '', summary: ' Coffee ', notes: '', personIds: A, followUpOn: '2026-03-09', organizationId: '' });
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ summary: 'Coffee', personIds: [A], occurredAt: undefined, organizationId: undefined });
    expect(r.data!.followUpOn!.toISOString()).toBe('2026-03-09T00:00:00.000Z');
  });

  it('names each bad field with a catalog key', () => {
    const future = new Date(Date.now() + 5 * 86_400_000).toISOString();
    expect(issues(ZLogInteractionInput.safeParse({ kind: 'LETTER', summary: '', personIds: [], occurredAt: future, followUpOn: '2026-02-30' }))).toEqual({
      kind: 'invalidChoice',
      summary: 'required',
      occurredAt: 'futureDate',
      followUpOn: 'invalidDate',
    });
    expect(issues(ZLogInteractionInput.safeParse({ kind: 'CALL', summary: 'x' }))).toEqual({ personIds: 'whoRequired' });
    expect(issues(ZLogInteractionInput.safeParse({ kind: 'CALL', summary: 'x', personIds: ['nope'] }))).toEqual({ 'personIds.0': 'invalid' });
  });

  it('an organization alone is someone to have talked to', () => {
    expect(ZLogInteractionInput.safeParse({ kind: 'MEETING', summary: 'x', organizationId: B }).success).toBe(true);
  });
});

describe('relationships: validation and pair order', () => {
  it('strength is 1 to 3, and nobody is tied to themselves', () => {
    expect(issues(ZAddRelationshipInput.safeParse({ personId: A, otherId: A, kind: 'FRIEND', strength: '2' }))).toEqual({ otherId: 'samePerson' });
    expect(issues(ZAddRelationshipInput.safeParse({ personId: A, otherId: '', kind: 'FRIEND', strength: '4' }))).toEqual({ otherId: 'pickPerson', strength: 'invalidChoice' });
    expect(ZAddRelationshipInput.parse({ personId: A, otherId: B, kind: 'FAMILY', strength: '3', note: '' })).toMatchObject({ strength: 3, note: undefined });
  });

  it('orders a pair the way PostgreSQL orders uuids, whichever comes first', () => {
    expect(orderPair(B, A)).toEqual([A, B]);
    expect(orderPair(A, B)).toEqual([A, B]);
    expect(orderPair(B.toUpperCase(), A)).toEqual([A, B]);
  });

  it('an empty recruiter clears "recruited by"', () => {
    expect(ZSetRecruiterInput.parse({ personId: A, version: '3', recruiterId: '' })).toEqual({ personId: A, version: 3, recruiterId: null });
  });
});
