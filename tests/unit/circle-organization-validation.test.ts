import { describe, expect, it } from 'vitest';
import { ZAddCircleMemberInput, ZCircleListParams, ZCreateCircleInput, ZUpdateCircleInput } from '../../lib/validation/circle';
import { ZAffiliationInput, ZCreateOrganizationInput, ZOrganizationListParams } from '../../lib/validation/organization';
import en from '../../messages/en/common.json';

const messages = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);
const uuid = '7d1f3a52-9a0e-4c1b-8d55-3f0d7b0e2a11';

describe('circle forms', () => {
  it('need a name and a kind that exists; an empty description is no description', () => {
    expect(ZCreateCircleInput.parse({ name: '  Club Sierra Alta ', kind: 'HOMETOWN_CLUB', description: '  ' })).toEqual({
      name: 'Club Sierra Alta',
      kind: 'HOMETOWN_CLUB',
      description: null,
    });
    expect(messages(ZCreateCircleInput.safeParse({ name: ' ', kind: 'BOWLING' }))).toEqual(['name:required', 'kind:invalidChoice']);
    expect(messages(ZCreateCircleInput.safeParse({ name: 'x'.repeat(121), kind: 'OTHER' }))).toEqual(['name:tooLong']);
  });

  it('an edit carries the version it was made on', () => {
    expect(ZUpdateCircleInput.parse({ id: uuid, version: '3', name: 'A', kind: 'OTHER' }).version).toBe(3);
    expect(ZUpdateCircleInput.safeParse({ id: uuid, version: '0', name: 'A', kind: 'OTHER' }).success).toBe(false);
  });

  it('a new member needs a person; the date is a past day, or today when left empty', () => {
    expect(messages(ZAddCircleMemberInput.safeParse({ circleId: uuid, personId: '' }))).toEqual(['personId:required']);
    const added = ZAddCircleMemberInput.parse({ circleId: uuid, personId: uuid, since: '2024-03-01' });
    expect(added).toMatchObject({ role: 'MEMBER', since: new Date('2024-03-01T00:00:00Z') });
    expect(ZAddCircleMemberInput.parse({ circleId: uuid, personId: uuid, since: '' }).since).toBeUndefined();
    expect(messages(ZAddCircleMemberInput.safeParse({ circleId: uuid, personId: uuid, since: '2099-01-01' }))).toEqual(['since:invalid']);
    expect(messages(ZAddCircleMemberInput.safeParse({ circleId: uuid, personId: uuid, since: '2999-01-01' }))).toEqual(['since:invalidDate']);
    expect(messages(ZAddCircleMemberInput.safeParse({ circleId: uuid, personId: uuid, since: '03/01/2024' }))).toEqual(['since:invalidDate']);
  });
});

describe('organization forms', () => {
  it('need a name, a kind and a closeness; no owner is a valid choice', () => {
    const parsed = ZCreateOrganizationInput.parse({ name: 'Tenants', kind: 'TENANT', closeness: 'ALLY', ownerUserId: '', agreementNotes: 'Rent' });
    expect(parsed).toMatchObject({ ownerUserId: null, agreementNotes: 'Rent' });
    expect(messages(ZCreateOrganizationInput.safeParse({ name: '', kind: 'TENANT', closeness: 'FRENEMY', ownerUserId: 'nobody' }))).toEqual([
      'name:required',
      'closeness:invalidChoice',
      'ownerUserId:invalidChoice',
    ]);
  });

  it('an unticked point-person box means no', () => {
    expect(ZAffiliationInput.parse({ organizationId: uuid, personId: uuid, role: '' })).toMatchObject({ role: null, isPointPerson: false });
    expect(ZAffiliationInput.parse({ organizationId: uuid, personId: uuid, isPointPerson: true }).isPointPerson).toBe(true);
  });
});

describe('list URLs', () => {
  it('keep a kind or closeness that exists and ignore anything else', () => {
    expect(ZCircleListParams.parse({ kind: 'FAITH' })).toEqual({ kind: 'FAITH' });
    expect(ZCircleListParams.parse({ kind: ['YOUTH', 'FAITH'] })).toEqual({ kind: 'YOUTH' });
    expect(ZCircleListParams.parse({ kind: '<script>' })).toEqual({ kind: undefined });
    expect(ZOrganizationListParams.parse({ kind: 'LABOR', closeness: 'enemy' })).toEqual({ kind: 'LABOR', closeness: undefined });
  });
});

it('every message key these forms use exists in the catalog', () => {
  for (const key of ['required', 'tooLong', 'invalid', 'invalidChoice']) expect(en.errors).toHaveProperty(key);
});
