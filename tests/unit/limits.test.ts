import { describe, expect, it } from 'vitest';
import { normaliseRow } from '@/lib/import/normalise';
import { placeIndex } from '@/lib/import/places';
import { osdiEventInput } from '@/lib/osdi/event-schemas';
import { osdiPersonInput } from '@/lib/osdi/schemas';
import { ZCreateCircleInput } from '@/lib/validation/circle';
import { ZLogInteractionInput } from '@/lib/validation/interaction';
import { LIMITS } from '@/lib/validation/limits';
import { addMyPersonInput } from '@/lib/validation/me';
import { mobilizationForm } from '@/lib/validation/mobilization';
import { ZAffiliationInput, ZCreateOrganizationInput } from '@/lib/validation/organization';
import { personForm } from '@/lib/validation/person';

const ORG = { timeZone: 'America/Chicago', phoneCountry: 'US' };
const ZOsdiEvent = osdiEventInput(ORG);
const ZOsdiPerson = osdiPersonInput(ORG);
const ZAddMyPersonInput = addMyPersonInput(ORG);
const ZMobilizationForm = mobilizationForm(ORG);
const ZPersonForm = personForm(ORG);

// One set of limits (lib/validation/limits.ts) for forms, imports and the API: a text at its
// limit is kept everywhere, one character more is refused everywhere, with a message.

const text = (n: number) => 'x'.repeat(n);
const uuid = '00000000-0000-4000-8000-000000000001';

/** The issue a form schema raises for `field` when it holds `value`, or null when it is accepted. */
function issueOf(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string; code: string }[] } } }, input: Record<string, unknown>, field: string) {
  const parsed = schema.safeParse(input);
  const issue = parsed.success ? undefined : parsed.error!.issues.find((i) => i.path.join('.') === field);
  return issue ? `${issue.code}:${issue.message}` : null;
}

const FORMS = [
  ['a circle name', ZCreateCircleInput, { kind: 'MEMBER_CIRCLE' }, 'name', LIMITS.circleName],
  ['a circle description', ZCreateCircleInput, { kind: 'MEMBER_CIRCLE', name: 'C' }, 'description', LIMITS.circleDescription],
  ['an organization name', ZCreateOrganizationInput, { kind: 'TENANT', closeness: 'ALLY' }, 'name', LIMITS.organizationName],
  ['an organization note', ZCreateOrganizationInput, { kind: 'TENANT', closeness: 'ALLY', name: 'O' }, 'agreementNotes', LIMITS.notes],
  ['an affiliation role', ZAffiliationInput, { organizationId: uuid, personId: uuid }, 'role', LIMITS.affiliationRole],
  ['a person name', ZPersonForm, {}, 'givenName', LIMITS.personName],
  ['a person note', ZPersonForm, { givenName: 'Ana' }, 'notes', LIMITS.notes],
  ['a name in "my people"', ZAddMyPersonInput, { kind: 'FRIEND' }, 'givenName', LIMITS.personName],
  ['a mobilization name', ZMobilizationForm, { kind: 'RALLY', startsAt: '2027-03-14T10:00', goal: '10', goalUnit: 'PEOPLE' }, 'name', LIMITS.mobilizationName],
  ['an interaction summary', ZLogInteractionInput, { kind: 'CALL', personIds: [uuid] }, 'summary', LIMITS.interactionSummary],
] as const;

describe('the forms, on the server', () => {
  it.each(FORMS)('keep %s at its limit and refuse one character more, saying it is too long', (_what, schema, base, field, limit) => {
    expect(issueOf(schema, { ...base, [field]: text(limit) }, field)).toBeNull();
    expect(issueOf(schema, { ...base, [field]: text(limit + 1) }, field)).toBe('too_big:tooLong');
  });
});

describe('imports and the API, with the same numbers', () => {
  const places = placeIndex([], []);

  it('an import keeps a name at the limit and makes a row to fix of a longer one, a single "Name" column included', () => {
    expect(normaliseRow([text(LIMITS.personName)], ['givenName'], places)).toMatchObject({ givenName: text(LIMITS.personName), problems: [] });
    expect(normaliseRow([text(LIMITS.personName + 1)], ['givenName'], places).problems).toEqual(['givenName.tooLong:0']);
    expect(normaliseRow([text(LIMITS.personName + 1)], ['fullName'], places).problems).toEqual(['fullName.tooLong:0']);
    // The two address lines become one street, which must fit the street's limit.
    const street = normaliseRow([text(150), text(60)], ['street', 'street2'], places);
    expect(street.problems).toEqual(['street.tooLong:1']);
  });

  it('the OSDI API refuses a person name or an event name over the limit', () => {
    expect(ZOsdiPerson.safeParse({ given_name: text(LIMITS.personName) }).success).toBe(true);
    expect(ZOsdiPerson.safeParse({ given_name: text(LIMITS.personName + 1) }).error?.issues[0]?.message).toBe(`at most ${LIMITS.personName} characters`);
    expect(ZOsdiEvent.safeParse({ name: text(LIMITS.mobilizationName + 1) }).success).toBe(false);
  });
});
