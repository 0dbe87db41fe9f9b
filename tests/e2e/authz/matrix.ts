import type { TRefs } from './records';

// The authorization matrix: for every page, API route and server action, what each kind of
// visitor gets. `ok`: allowed; `404`: as if it did not exist; `login`: sent to sign in;
// `home`: a signed-in visitor sent home. A route or action missing here fails the test.

export type TWho = 'anonymous' | 'member' | 'coordinator' | 'admin';
// 'HTTP 401': an API route that takes a token, not a session; 'HTTP 405': a route with no GET.
export type TExpect = 'ok' | '404' | 'login' | 'home' | 'HTTP 401' | 'HTTP 405';
export type TCase = { as: TWho; label: string; url?: string; input?: Record<string, unknown>; expect: TExpect };

const ROLES: TWho[] = ['anonymous', 'member', 'coordinator', 'admin'];

/** One URL, one expectation per kind of visitor. */
const each = (url: string, expect: Record<TWho, TExpect>, label = 'page'): TCase[] => ROLES.map((as) => ({ as, label, url, expect: expect[as] }));
const signedIn = { anonymous: 'login', member: 'ok', coordinator: 'ok', admin: 'ok' } as const;
const leadershipOnly = { anonymous: 'login', member: '404', coordinator: '404', admin: 'ok' } as const;
const noMembers = { anonymous: 'login', member: '404', coordinator: 'ok', admin: 'ok' } as const;

/** A person-scoped route or action, at each record: own, "my people", coordinator's, nobody's, missing. */
function perPerson(make: (id: string) => Pick<TCase, 'url' | 'input'>, r: TRefs, forMembers: TExpect = 'ok'): TCase[] {
  const at = (as: TWho, id: string, label: string, expect: TExpect): TCase => ({ as, label, expect, ...make(id) });
  return [
    at('anonymous', r.memberOwn, 'any person', 'login'),
    at('member', r.memberOwn, 'own record', forMembers),
    at('member', r.memberRecruit, 'one of my people', forMembers),
    at('member', r.coordinatorIn, 'someone else', '404'),
    at('member', r.outOfAll, 'someone else', '404'),
    at('coordinator', r.coordinatorIn, 'in scope', 'ok'),
    at('coordinator', r.outOfAll, 'out of scope', '404'),
    at('admin', r.outOfAll, 'anyone', 'ok'),
    at('admin', r.missing, 'missing', '404'),
  ];
}

/** A circle-scoped route or action: the member's own circle, the coordinator's, another, missing. */
function perCircle(make: (id: string) => Pick<TCase, 'url' | 'input'>, r: TRefs, allowed: { memberOwn: TExpect; coordinatorIn: TExpect }): TCase[] {
  const at = (as: TWho, id: string, label: string, expect: TExpect): TCase => ({ as, label, expect, ...make(id) });
  return [
    at('anonymous', r.coordCircle, 'any circle', 'login'),
    at('member', r.memberCircle, 'own circle', allowed.memberOwn),
    at('member', r.otherCircle, 'another circle', '404'),
    at('coordinator', r.coordCircle, 'assigned', allowed.coordinatorIn),
    at('coordinator', r.otherCircle, 'not assigned', '404'),
    at('admin', r.otherCircle, 'any circle', 'ok'),
    at('admin', r.missing, 'missing', '404'),
  ];
}

/** An organization-scoped route or action: members never; the coordinator's own; another; missing. */
function perOrganization(make: (id: string) => Pick<TCase, 'url' | 'input'>, r: TRefs, coordinatorIn: TExpect = 'ok'): TCase[] {
  const at = (as: TWho, id: string, label: string, expect: TExpect): TCase => ({ as, label, expect, ...make(id) });
  return [
    at('anonymous', r.coordOrg, 'any organization', 'login'),
    at('member', r.coordOrg, 'any organization', '404'),
    at('coordinator', r.coordOrg, 'assigned', coordinatorIn),
    at('coordinator', r.otherOrg, 'not assigned', '404'),
    at('admin', r.otherOrg, 'any organization', 'ok'),
    at('admin', r.missing, 'missing', '404'),
  ];
}

export const PAGES: Record<string, (r: TRefs) => TCase[]> = {
  '/': () => each('/', signedIn),
  '/login': () => each('/login', { anonymous: 'ok', member: 'home', coordinator: 'home', admin: 'home' }),
  '/people': () => each('/people', signedIn),
  '/people/new': () => each('/people/new', signedIn),
  '/people/[id]': (r) => [...perPerson((id) => ({ url: `/people/${id}` }), r), ...each('/people/not-a-uuid', { anonymous: 'login', member: '404', coordinator: '404', admin: '404' }, 'malformed id')],
  '/people/[id]/edit': (r) => perPerson((id) => ({ url: `/people/${id}/edit` }), r),
  '/people/merge': (r) => each(`/people/merge?a=${r.mergeA}&b=${r.mergeB}`, leadershipOnly),
  '/people/trash': () => each('/people/trash', leadershipOnly),
  '/circles': () => each('/circles', signedIn),
  '/circles/new': () => each('/circles/new', leadershipOnly),
  '/circles/[id]': (r) => perCircle((id) => ({ url: `/circles/${id}` }), r, { memberOwn: 'ok', coordinatorIn: 'ok' }),
  '/circles/[id]/edit': (r) => perCircle((id) => ({ url: `/circles/${id}/edit` }), r, { memberOwn: '404', coordinatorIn: '404' }),
  '/organizations': () => each('/organizations', noMembers),
  '/organizations/new': () => each('/organizations/new', leadershipOnly),
  '/organizations/[id]': (r) => perOrganization((id) => ({ url: `/organizations/${id}` }), r),
  // The coordinator owns the relationship with their assigned organization, so may edit it.
  '/organizations/[id]/edit': (r) => perOrganization((id) => ({ url: `/organizations/${id}/edit` }), r),
  '/precincts': () => each('/precincts', noMembers),
  '/mobilizations': () => each('/mobilizations', signedIn),
  '/me': () => each('/me', signedIn),
  '/imports': () => each('/imports', leadershipOnly),
  '/imports/[id]': (r) => [...each(`/imports/${r.importId}`, leadershipOnly), { as: 'admin', label: 'missing', url: `/imports/${r.missing}`, expect: '404' }],
  '/people/export': () => each('/people/export', leadershipOnly),
  '/settings/api-tokens': () => each('/settings/api-tokens', leadershipOnly),
};

// The OSDI API answers to an OSDI-API-Token header only: a browser session is not enough.
const tokenOnly = { anonymous: 'HTTP 401', member: 'HTTP 401', coordinator: 'HTTP 401', admin: 'HTTP 401' } as const;
const noGet = { anonymous: 'HTTP 405', member: 'HTTP 405', coordinator: 'HTTP 405', admin: 'HTTP 405' } as const;

// Auth.js's own endpoints are public by design: they sign in and out, nothing more.
export const API_ROUTES: Record<string, (r: TRefs) => TCase[]> = {
  '/api/auth/[...nextauth]': () => each('/api/auth/session', { anonymous: 'ok', member: 'ok', coordinator: 'ok', admin: 'ok' }, 'session endpoint'),
  '/imports/upload': () => each('/imports/upload', noGet, 'POST only'),
  '/imports/[id]/rows-to-fix': (r) => [...each(`/imports/${r.importId}/rows-to-fix`, leadershipOnly, 'download'), { as: 'admin', label: 'missing', url: `/imports/${r.missing}/rows-to-fix`, expect: '404' }],
  '/people/export/csv': () => each('/people/export/csv?q=zz-nobody', leadershipOnly, 'download'),
  '/people/export/vcard': (r) => [
    ...each(`/people/export/vcard?circle=${r.otherCircle}`, leadershipOnly, 'a circle'),
    ...each(`/people/export/vcard?person=${r.outOfAll}&version=4.0`, leadershipOnly, 'a person'),
    { as: 'admin', label: 'missing person', url: `/people/export/vcard?person=${r.missing}`, expect: '404' },
  ],
  '/api/osdi/v1': () => each('/api/osdi/v1', tokenOnly, 'no token'),
  '/api/osdi/v1/people': () => each('/api/osdi/v1/people', tokenOnly, 'no token'),
  '/api/osdi/v1/people/[id]': (r) => each(`/api/osdi/v1/people/${r.memberOwn}`, tokenOnly, 'no token'),
  '/api/osdi/v1/people/[id]/taggings': (r) => each(`/api/osdi/v1/people/${r.memberOwn}/taggings`, tokenOnly, 'no token'),
  '/api/osdi/v1/people/person_signup_helper': () => each('/api/osdi/v1/people/person_signup_helper', noGet, 'POST only'),
  '/api/osdi/v1/tags': () => each('/api/osdi/v1/tags', tokenOnly, 'no token'),
  '/api/osdi/v1/tags/[id]': (r) => each(`/api/osdi/v1/tags/${r.missing}`, tokenOnly, 'no token'),
  '/api/osdi/v1/tags/[id]/taggings': (r) => each(`/api/osdi/v1/tags/${r.missing}/taggings`, tokenOnly, 'no token'),
  '/api/osdi/v1/tags/[id]/taggings/[personId]': (r) => each(`/api/osdi/v1/tags/${r.missing}/taggings/${r.memberOwn}`, tokenOnly, 'no token'),
};

const anyone = { anonymous: 'ok', member: 'ok', coordinator: 'ok', admin: 'ok' } as const;
const act = (input: Record<string, unknown>, expect: Record<TWho, TExpect>, label = 'action'): TCase[] => ROLES.map((as) => ({ as, label, input, expect: expect[as] }));

export const ACTIONS: Record<string, (r: TRefs) => TCase[]> = {
  'app/actions.ts#setLocaleAction': () => act({ locale: 'en' }, anyone),
  'app/actions.ts#signOutAction': () => [], // checked separately, last: it ends the session it is called with
  'app/(auth)/login/actions.ts#signInAction': () => act({ email: 'nobody@example.org', password: 'wrong' }, anyone, 'wrong password'),
  'app/(app)/people/person-form-actions.ts#createPersonAction': () => act({ preferredName: 'Authz Nueva', confirmDuplicate: '1' }, signedIn),
  'app/(app)/people/person-form-actions.ts#updatePersonAction': (r) =>
    // A stale version: allowed callers get a conflict (nothing changes), others NotFound.
    perPerson((id) => ({ input: { id, version: '9999', givenName: 'Authz' } }), r),
  'app/(app)/people/merge/actions.ts#mergePeopleAction': (r) =>
    act({ keepId: r.mergeA, dropId: r.mergeB, keepVersion: '9999', dropVersion: '9999' }, leadershipOnly, 'stale merge'),
  'app/(app)/people/trash/actions.ts#deletePersonAction': (r) => [
    { as: 'anonymous', label: 'delete', input: { id: r.deletableByAdmin }, expect: 'login' },
    { as: 'member', label: 'delete own', input: { id: r.memberOwn }, expect: '404' },
    { as: 'member', label: 'delete my people', input: { id: r.memberRecruit }, expect: '404' },
    { as: 'coordinator', label: 'out of scope', input: { id: r.outOfAll }, expect: '404' },
    { as: 'coordinator', label: 'added by them', input: { id: r.deletableByCoordinator }, expect: 'ok' },
    { as: 'admin', label: 'anyone', input: { id: r.deletableByAdmin }, expect: 'ok' },
  ],
  'app/(app)/people/trash/actions.ts#restorePersonAction': (r) => act({ id: r.trashed }, leadershipOnly),

  'app/(app)/circles/actions.ts#searchCircleCandidatesAction': (r) => perCircle((id) => ({ input: { targetId: id, q: 'ma' } }), r, { memberOwn: '404', coordinatorIn: 'ok' }),
  'app/(app)/circles/actions.ts#addCircleMemberAction': (r) => [
    ...perCircle((id) => ({ input: { circleId: id, personId: r.coordinatorIn } }), r, { memberOwn: '404', coordinatorIn: 'ok' }),
    { as: 'coordinator', label: 'a person out of scope to an assigned circle', input: { circleId: r.coordCircle, personId: r.outOfAll }, expect: '404' },
  ],
  'app/(app)/circles/actions.ts#updateCircleMemberAction': (r) =>
    perCircle((id) => ({ input: { circleId: id, personId: r.coordinatorIn, role: 'MEMBER' } }), r, { memberOwn: '404', coordinatorIn: 'ok' }),
  'app/(app)/circles/actions.ts#removeCircleMemberAction': (r) => [
    { as: 'anonymous', label: 'remove', input: { circleId: r.coordCircle, personId: r.removableByAdmin }, expect: 'login' },
    { as: 'member', label: 'remove', input: { circleId: r.coordCircle, personId: r.removableByAdmin }, expect: '404' },
    { as: 'coordinator', label: 'another circle', input: { circleId: r.otherCircle, personId: r.coordinatorIn }, expect: '404' },
    { as: 'coordinator', label: 'assigned circle', input: { circleId: r.coordCircle, personId: r.removableByCoordinator }, expect: 'ok' },
    { as: 'admin', label: 'any circle', input: { circleId: r.coordCircle, personId: r.removableByAdmin }, expect: 'ok' },
  ],
  'app/(app)/circles/actions.ts#createCircleAction': () => act({ name: 'Authz Círculo', kind: 'INFORMAL' }, leadershipOnly),
  'app/(app)/circles/actions.ts#updateCircleAction': (r) =>
    perCircle((id) => ({ input: { id, version: '9999', name: 'Authz', kind: 'INFORMAL' } }), r, { memberOwn: '404', coordinatorIn: '404' }),

  'app/(app)/organizations/actions.ts#searchOrganizationCandidatesAction': (r) => perOrganization((id) => ({ input: { targetId: id, q: 'ma' } }), r),
  'app/(app)/organizations/actions.ts#addAffiliationAction': (r) => [
    ...perOrganization((id) => ({ input: { organizationId: id, personId: r.coordinatorIn } }), r),
    { as: 'coordinator', label: 'a person out of scope', input: { organizationId: r.coordOrg, personId: r.outOfAll }, expect: '404' },
  ],
  'app/(app)/organizations/actions.ts#updateAffiliationAction': (r) => perOrganization((id) => ({ input: { organizationId: id, personId: r.coordinatorIn, role: 'vecina' } }), r),
  'app/(app)/organizations/actions.ts#removeAffiliationAction': (r) => [
    { as: 'anonymous', label: 'remove', input: { organizationId: r.coordOrg, personId: r.removableByAdmin }, expect: 'login' },
    { as: 'member', label: 'remove', input: { organizationId: r.coordOrg, personId: r.removableByAdmin }, expect: '404' },
    { as: 'coordinator', label: 'another organization', input: { organizationId: r.otherOrg, personId: r.coordinatorIn }, expect: '404' },
    { as: 'coordinator', label: 'assigned organization', input: { organizationId: r.coordOrg, personId: r.removableByCoordinator }, expect: 'ok' },
    { as: 'admin', label: 'any organization', input: { organizationId: r.coordOrg, personId: r.removableByAdmin }, expect: 'ok' },
  ],
  'app/(app)/organizations/actions.ts#createOrganizationAction': () => act({ name: 'Authz Aliada', kind: 'COMMUNITY', closeness: 'ALLY' }, leadershipOnly),
  // Imports: leadership only. Leadership's cases act on a cancelled import, so each answers
  // "this import has moved on" (allowed, nothing changes) instead of changing anything.
  ...Object.fromEntries(
    ['saveImportOptionsAction', 'checkImportRowsAction'].map((name) => [`app/(app)/imports/actions.ts#${name}`, (r: TRefs) => act({ id: r.importId, 'map.0': 'givenName' }, leadershipOnly)]),
  ),
  'app/(app)/imports/actions.ts#startImportMergeAction': (r) => act({ id: r.importId, mode: 'FILL' }, leadershipOnly),
  ...Object.fromEntries(
    ['reviseImportMappingAction', 'retryImportAction', 'cancelImportAction', 'undoImportAction'].map((name) => [`app/(app)/imports/actions.ts#${name}`, (r: TRefs) => act({ id: r.importId }, leadershipOnly)]),
  ),
  // A user that does not exist: leadership is told to choose another, nothing is created.
  'app/(app)/settings/api-tokens/actions.ts#createApiTokenAction': (r) => act({ name: 'Authz', userId: r.missing }, leadershipOnly),
  'app/(app)/settings/api-tokens/actions.ts#revokeApiTokenAction': (r) => act({ id: r.apiToken }, leadershipOnly),

  'app/(app)/organizations/actions.ts#updateOrganizationAction': (r) =>
    perOrganization((id) => ({ input: { id, version: '9999', name: 'Authz', kind: 'COMMUNITY', closeness: 'ALLY' } }), r),
};
