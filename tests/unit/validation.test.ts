import { describe, expect, it } from 'vitest';
import { signInInput } from '../../lib/validation/auth';
import { ZCreatePersonInput } from '../../lib/validation/person';
import { ZPeopleListParams } from '../../lib/validation/search-params';
import en from '../../messages/en/common.json';

const ZSignInInput = signInInput({ phoneCountry: 'US' });

const messageOf = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);

describe('sign-in input', () => {
  it('normalises the email, or the phone of an account that has only a phone, and requires both fields', () => {
    expect(ZSignInInput.parse({ email: '  Ana@Example.ORG ', password: 'x' }).email).toBe('ana@example.org');
    expect(ZSignInInput.parse({ email: '(773) 555-0123', password: 'x' }).email).toBe('+17735550123');
    expect(messageOf(ZSignInInput.safeParse({ email: '', password: '' }))).toEqual(['email:required', 'password:required']);
    expect(messageOf(ZSignInInput.safeParse({ email: 'ana@', password: 'x' }))).toEqual(['email:email']);
    expect(messageOf(ZSignInInput.safeParse({ email: 'not-an-email', password: 'x' }))).toEqual(['email:emailOrPhone']);
  });

  it('uses only message keys that exist in the catalog', () => {
    for (const key of ['required', 'email', 'emailOrPhone', 'tooLong', 'nameRequired', 'invalidChoice']) expect(en.errors).toHaveProperty(key);
  });
});

describe('a new person', () => {
  it('needs a name of some kind: a nickname alone is enough', () => {
    expect(ZCreatePersonInput.safeParse({ preferredName: 'La Güera' }).success).toBe(true);
    expect(ZCreatePersonInput.safeParse({ familyName: 'Peña' }).success).toBe(true);
    expect(messageOf(ZCreatePersonInput.safeParse({ givenName: '  ', notes: 'x' }))).toEqual(['givenName:nameRequired']);
  });

  it('refuses a ladder stage that does not exist', () => {
    expect(messageOf(ZCreatePersonInput.safeParse({ givenName: 'Ana', ladderStage: 'CAPTAIN' }))).toEqual(['ladderStage:invalidChoice']);
  });
});

describe('people list URL parameters', () => {
  it('fall back to defaults on nonsense rather than failing the page', () => {
    const defaults = { sort: 'name', dir: 'asc', size: 50, due: false, last: false };
    expect(ZPeopleListParams.parse({ page: 'abc', q: ['ana', 'beto'] })).toEqual({ ...defaults, q: 'ana' });
    expect(ZPeopleListParams.parse({ sort: 'shoe', dir: 'up', size: '7', ward: 'x', stage: 'CAPTAIN', after: '!!' })).toEqual(defaults);
    expect(ZPeopleListParams.parse({ q: '  josé ', size: '100', sort: 'precinct', dir: 'desc', due: '1' })).toMatchObject({ q: 'josé', size: 100, sort: 'precinct', dir: 'desc', due: true });
  });
});
