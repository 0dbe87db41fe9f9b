import { addDays, dayOf, DEFAULT_TIME_ZONE } from '../../../lib/format/dates';
import type { TRefs } from './records';

// The authorization matrix: for every page, API route and server action, what each kind of
// visitor gets. `ok`: allowed, and done; `404`: as if it did not exist; `login`: sent to sign in;
// `home`: a signed-in visitor sent home; `elsewhere`: sent on to another page of the area.
// Some allowed cases are refused on purpose, so the matrix changes nothing the other tests read:
// `conflict`: a stale version (the record was found, in scope, and left as it was); `refused`: a
// refusal that comes only after the caller was let in (a used link, an import that moved on);
// `invalid`: a field refused. A route or action missing here fails the test.

export type TWho = 'anonymous' | 'member' | 'coordinator' | 'admin';
// 'HTTP 401': an API route that takes a token, not a session; 'HTTP 405': a route with no GET.
export type TExpect = 'ok' | '404' | 'login' | 'home' | 'elsewhere' | 'HTTP 401' | 'HTTP 405' | 'conflict' | 'refused' | 'invalid';
export type TCase = { as: TWho; label: string; url?: string; input?: Record<string, unknown>; expect: TExpect };

const ROLES: TWho[] = ['anonymous', 'member', 'coordinator', 'admin'];

/** One URL, one expectation per kind of visitor. */
const each = (url: string, expect: Record<TWho, TExpect>, label = 'page'): TCase[] => ROLES.map((as) => ({ as, label, url, expect: expect[as] }));
const signedIn = { anonymous: 'login', member: 'ok', coordinator: 'ok', admin: 'ok' } as const;
const leadershipOnly = { anonymous: 'login', member: '404', coordinator: '404', admin: 'ok' } as const;
const noMembers = { anonymous: 'login', member: '404', coordinator: 'ok', admin: 'ok' } as const;
/** The same cases, where every allowed caller meets `outcome` instead of `ok` (see above). */
const allowedAs = (outcome: TExpect, cases: TCase[]): TCase[] => cases.map((c) => (c.expect === 'ok' ? { ...c, expect: outcome } : c));

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
  // Members add the people they know through "My people" (/me/people/new), never the full form.
  '/people/new': () => each('/people/new', noMembers),
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
  '/mobilizations/new': () => each('/mobilizations/new', leadershipOnly),
  // Members see the mobilizations they are asked to, and none of the organizers' tools.
  '/mobilizations/[id]': (r) => [
    ...each(`/mobilizations/${r.bus}`, signedIn, 'asked to'),
    ...each(`/mobilizations/${r.otherMobilization}`, { ...signedIn, member: '404' }, 'not asked to'),
    ...each(`/mobilizations/${r.missing}`, { anonymous: 'login', member: '404', coordinator: '404', admin: '404' }, 'missing'),
  ],
  '/mobilizations/[id]/edit': (r) => each(`/mobilizations/${r.bus}/edit`, leadershipOnly),
  '/mobilizations/[id]/ask': (r) => each(`/mobilizations/${r.bus}/ask`, noMembers),
  '/mobilizations/[id]/calls': (r) => each(`/mobilizations/${r.bus}/calls`, noMembers),
  '/mobilizations/[id]/check-in': (r) => each(`/mobilizations/${r.bus}/check-in`, noMembers),
  '/mobilizations/[id]/roster': (r) => each(`/mobilizations/${r.bus}/roster`, noMembers),
  '/precincts/results': () => each('/precincts/results', leadershipOnly),
  '/me': () => each('/me', signedIn),
  '/search': () => each('/search?q=mar', signedIn),
  '/follow-ups': () => each('/follow-ups', noMembers),
  '/me/people': () => each('/me/people', signedIn),
  // One's own second factor and sessions; nobody else's.
  '/me/security': () => each('/me/security', signedIn),
  // Where a leader without a second factor is kept until they set one up; open to anyone signed in
  // who has none (the demo's accounts have none, and are not made to).
  '/two-factor': () => each('/two-factor', signedIn),
  '/me/people/new': () => each('/me/people/new', signedIn),
  // "My people" is narrowed to the people one added or recruited, whatever one's role.
  '/me/people/[id]': (r) => [
    { as: 'anonymous', label: 'any', url: `/me/people/${r.memberRecruit}`, expect: 'login' },
    { as: 'member', label: 'one of my people', url: `/me/people/${r.memberRecruit}`, expect: 'ok' },
    { as: 'member', label: 'someone else', url: `/me/people/${r.outOfAll}`, expect: '404' },
    { as: 'coordinator', label: 'added by them', url: `/me/people/${r.removableByCoordinator}`, expect: 'ok' },
    { as: 'coordinator', label: 'not theirs', url: `/me/people/${r.outOfAll}`, expect: '404' },
    { as: 'admin', label: 'not theirs', url: `/me/people/${r.outOfAll}`, expect: '404' },
  ],
  '/admin': () => each('/admin', { ...leadershipOnly, admin: 'elsewhere' }),
  '/admin/audit': () => each('/admin/audit', leadershipOnly),
  '/admin/users': () => each('/admin/users', leadershipOnly),
  '/admin/users/new': () => each('/admin/users/new', leadershipOnly),
  '/admin/settings': () => each('/admin/settings', leadershipOnly),
  '/admin/places': (r) => [...each('/admin/places', leadershipOnly), ...each(`/admin/places?ward=${r.ward}`, leadershipOnly, 'a ward'), { as: 'admin', label: 'missing ward', url: `/admin/places?ward=${r.missing}`, expect: '404' }],
  '/admin/places/precincts/[id]': (r) => [...each(`/admin/places/precincts/${r.precinct}`, leadershipOnly), ...each(`/admin/places/precincts/${r.missing}`, { anonymous: 'login', member: '404', coordinator: '404', admin: '404' }, 'missing')],
  '/admin/users/[id]': (r) => [...each(`/admin/users/${r.coordinatorUser}`, leadershipOnly), ...each(`/admin/users/${r.missing}`, { anonymous: 'login', member: '404', coordinator: '404', admin: '404' }, 'missing')],
  // One-time links: an unknown token gets a clear page, for anyone.
  '/invite/[token]': () => each(`/invite/${'A'.repeat(43)}`, { anonymous: 'ok', member: 'ok', coordinator: 'ok', admin: 'ok' }, 'unknown link'),
  '/reset/[token]': () => each(`/reset/${'A'.repeat(43)}`, { anonymous: 'ok', member: 'ok', coordinator: 'ok', admin: 'ok' }, 'unknown link'),
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
  // For load balancers and monitors: no session needed, and it reveals only its checks (tests/unit/health.test.ts).
  '/api/health': () => each('/api/health', { anonymous: 'ok', member: 'ok', coordinator: 'ok', admin: 'ok' }, 'health check'),
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
  // Events and attendances: scope per token is tested in tests/integration/osdi-*.test.ts and tests/e2e/osdi.spec.ts.
  '/api/osdi/v1/events': () => each('/api/osdi/v1/events', tokenOnly, 'no token'),
  '/api/osdi/v1/events/[id]': (r) => each(`/api/osdi/v1/events/${r.bus}`, tokenOnly, 'no token'),
  '/api/osdi/v1/events/[id]/attendances': (r) => each(`/api/osdi/v1/events/${r.bus}/attendances`, tokenOnly, 'no token'),
  '/api/osdi/v1/events/[id]/attendances/[attendanceId]': (r) => each(`/api/osdi/v1/events/${r.bus}/attendances/${r.memberCommitment}`, tokenOnly, 'no token'),
  '/api/osdi/v1/events/[id]/record_attendance_helper': (r) => each(`/api/osdi/v1/events/${r.bus}/record_attendance_helper`, noGet, 'POST only'),
  '/api/osdi/v1/people/[id]/attendances': (r) => each(`/api/osdi/v1/people/${r.memberOwn}/attendances`, tokenOnly, 'no token'),
};

const anyone = { anonymous: 'ok', member: 'ok', coordinator: 'ok', admin: 'ok' } as const;
const act = (input: Record<string, unknown>, expect: Record<TWho, TExpect>, label = 'action'): TCase[] => ROLES.map((as) => ({ as, label, input, expect: expect[as] }));

export const ACTIONS: Record<string, (r: TRefs) => TCase[]> = {
  'app/actions.ts#setLocaleAction': () => act({ locale: 'en' }, anyone),
  'app/actions.ts#signOutAction': () => [], // checked separately, last: it ends the session it is called with
  'app/(auth)/login/actions.ts#signInAction': () => allowedAs('refused', act({ email: 'nobody@example.org', password: 'wrong' }, anyone, 'wrong password')),
  // The second step of a sign-in that does not exist: start again, for anyone.
  'app/(auth)/login/actions.ts#secondFactorSignInAction': () => allowedAs('refused', act({ challenge: 'A'.repeat(43), code: '123456' }, anyone, 'unknown sign-in')),
  // One's own second factor and sessions. A wrong code is refused beside its field; a leader may not turn it off.
  'app/(app)/me/security/actions.ts#startTwoFactorSetupAction': () => act({}, signedIn),
  'app/(app)/me/security/actions.ts#confirmTwoFactorSetupAction': () => allowedAs('invalid', act({ code: '000000' }, signedIn, 'wrong code')),
  'app/(app)/me/security/actions.ts#renewRecoveryCodesAction': () => allowedAs('invalid', act({ code: '000000' }, signedIn, 'wrong code')),
  'app/(app)/me/security/actions.ts#turnOffTwoFactorAction': () => act({ code: '000000' }, { anonymous: 'login', member: 'invalid', coordinator: 'invalid', admin: 'refused' }, 'wrong code'),
  'app/(app)/me/security/actions.ts#revokeSessionAction': (r) => act({ id: r.missing }, { anonymous: 'login', member: '404', coordinator: '404', admin: '404' }, 'not one’s own'),
  // Signed in, it ends every session of the user, which the other tests share: tests/e2e/sign-in-security.spec.ts does it with a user of its own.
  'app/(app)/me/security/actions.ts#signOutEverywhereAction': () => [{ as: 'anonymous', label: 'signed out', input: {}, expect: 'login' }],
  'app/(app)/me/security/actions.ts#dismissSignInNoticeAction': () => act({}, signedIn),
  'app/(app)/people/person-form-actions.ts#createPersonAction': () => act({ preferredName: 'Authz Nueva', confirmDuplicate: '1' }, noMembers),
  'app/(app)/people/person-form-actions.ts#updatePersonAction': (r) =>
    // A stale version: allowed callers get a conflict (nothing changes), others NotFound.
    allowedAs('conflict', perPerson((id) => ({ input: { id, version: '9999', givenName: 'Authz' } }), r)),
  'app/(app)/people/merge/actions.ts#mergePeopleAction': (r) =>
    allowedAs('conflict', act({ keepId: r.mergeA, dropId: r.mergeB, keepVersion: '9999', dropVersion: '9999' }, leadershipOnly, 'stale merge')),
  'app/(app)/people/trash/actions.ts#deletePersonAction': (r) => [
    { as: 'anonymous', label: 'delete', input: { id: r.deletableByAdmin }, expect: 'login' },
    { as: 'member', label: 'delete own', input: { id: r.memberOwn }, expect: '404' },
    { as: 'member', label: 'delete my people', input: { id: r.memberRecruit }, expect: '404' },
    { as: 'coordinator', label: 'out of scope', input: { id: r.outOfAll }, expect: '404' },
    { as: 'coordinator', label: 'added by them', input: { id: r.deletableByCoordinator }, expect: 'ok' },
    { as: 'admin', label: 'anyone', input: { id: r.deletableByAdmin }, expect: 'ok' },
  ],
  'app/(app)/people/trash/actions.ts#restorePersonAction': (r) => act({ id: r.trashed }, leadershipOnly),
  'app/(app)/people/trash/actions.ts#purgePersonAction': (r) => [
    { as: 'anonymous', label: 'delete now', input: { id: r.purgeable }, expect: 'login' },
    { as: 'member', label: 'in the trash', input: { id: r.purgeable }, expect: '404' },
    { as: 'coordinator', label: 'in the trash', input: { id: r.purgeable }, expect: '404' },
    // Only someone in the trash: a live person must be deleted (and be restorable) first.
    { as: 'admin', label: 'not in the trash', input: { id: r.outOfAll }, expect: '404' },
    { as: 'admin', label: 'missing', input: { id: r.missing }, expect: '404' },
    { as: 'admin', label: 'in the trash', input: { id: r.purgeable }, expect: 'ok' },
  ],
  // A stale version: leadership gets a conflict (nothing changes, so the other tests' retention holds), others NotFound.
  'app/(app)/admin/settings/actions.ts#updateTrashRetentionAction': () =>
    allowedAs('conflict', act({ trashRetentionDays: '29', version: '9999' }, leadershipOnly, 'stale version')),
  // Likewise: a stale version, so the schedule stays off for the other tests.
  'app/(app)/admin/settings/backup-actions.ts#updateBackupScheduleAction': () =>
    allowedAs('conflict', act({ enabled: 'on', keepCount: '7', version: '9999' }, leadershipOnly, 'stale version')),
  // Done for leadership: the worker then tries a backup, which fails (the e2e server has no backup key) and writes no file.
  'app/(app)/admin/settings/backup-actions.ts#requestBackupNowAction': () => act({}, leadershipOnly),

  // A stale version: leadership gets a conflict (nothing changes: every other test keeps the demo's Chicago clock).
  'app/(app)/admin/settings/actions.ts#updateOrganizationSettingsAction': () =>
    allowedAs('conflict', act({ organizationName: 'Authz', timeZone: 'America/New_York', phoneCountry: 'US', version: '9999' }, leadershipOnly, 'stale version')),
  // Places: leadership's cases leave the demo's places as they are. A list of a place that is
  // there already (done, nothing to add); a number another place has; a ward that still has
  // precincts; a precinct where people live, with nowhere to move them.
  'app/(app)/admin/places/actions.ts#loadPlaceListAction': () => act({ file: btoa('ward,precinct\n25,1\n'), fileName: 'authz.csv' }, leadershipOnly),
  'app/(app)/admin/places/actions.ts#createWardAction': () => allowedAs('invalid', act({ number: '25' }, leadershipOnly, 'a number taken')),
  'app/(app)/admin/places/actions.ts#updateWardAction': (r) => allowedAs('invalid', act({ id: r.ward, number: '12' }, leadershipOnly, 'a number taken')),
  'app/(app)/admin/places/actions.ts#deleteWardAction': (r) => allowedAs('refused', act({ id: r.ward }, leadershipOnly, 'a ward with precincts')),
  'app/(app)/admin/places/actions.ts#createPrecinctAction': (r) => allowedAs('invalid', act({ wardId: r.ward, number: '1' }, leadershipOnly, 'a number taken')),
  'app/(app)/admin/places/actions.ts#updatePrecinctAction': (r) => allowedAs('invalid', act({ id: r.precinct, number: '2' }, leadershipOnly, 'a number taken')),
  'app/(app)/admin/places/actions.ts#deletePrecinctAction': (r) => [
    ...allowedAs('invalid', act({ id: r.precinct }, leadershipOnly, 'people live there')),
    { as: 'admin', label: 'missing', input: { id: r.missing }, expect: '404' },
  ],
  'app/(app)/admin/settings/actions.ts#updateSessionPolicyAction': () =>
    allowedAs('conflict', act({ idleHours: '11', maxDays: '13', version: '9999' }, leadershipOnly, 'stale version')),

  // Each allowed pair already has a relationship (the demo's, or records.ts's ties): the caller
  // is let in and told so; nothing changes.
  'app/(app)/people/[id]/actions.ts#addRelationshipAction': (r) => allowedAs('refused', [
    { as: 'anonymous', label: 'add', input: { personId: r.memberOwn, otherId: r.memberRecruit, kind: 'FRIEND', strength: '2' }, expect: 'login' },
    { as: 'member', label: 'between my people', input: { personId: r.memberOwn, otherId: r.memberRecruit, kind: 'FRIEND', strength: '2' }, expect: 'ok' },
    { as: 'member', label: 'to someone else', input: { personId: r.memberOwn, otherId: r.outOfAll, kind: 'FRIEND', strength: '2' }, expect: '404' },
    { as: 'coordinator', label: 'both in scope', input: { personId: r.coordinatorIn, otherId: r.coordinatorIn2, kind: 'FRIEND', strength: '2' }, expect: 'ok' },
    { as: 'coordinator', label: 'one out of scope', input: { personId: r.coordinatorIn, otherId: r.outOfAll, kind: 'FRIEND', strength: '2' }, expect: '404' },
    { as: 'admin', label: 'anyone', input: { personId: r.outOfAll, otherId: r.outOfAll2, kind: 'FRIEND', strength: '2' }, expect: 'ok' },
  ]),
  'app/(app)/people/[id]/actions.ts#updateRelationshipAction': (r) => [
    { as: 'anonymous', label: 'update', input: { id: r.relIn, kind: 'FRIEND', strength: '3' }, expect: 'login' },
    { as: 'member', label: 'someone else’s', input: { id: r.relIn, kind: 'FRIEND', strength: '3' }, expect: '404' },
    { as: 'coordinator', label: 'in scope', input: { id: r.relIn, kind: 'FRIEND', strength: '3' }, expect: 'ok' },
    { as: 'coordinator', label: 'out of scope', input: { id: r.relOut, kind: 'FRIEND', strength: '3' }, expect: '404' },
    { as: 'admin', label: 'any', input: { id: r.relOut, kind: 'FRIEND', strength: '3' }, expect: 'ok' },
  ],
  'app/(app)/people/[id]/actions.ts#removeRelationshipAction': (r) => [
    { as: 'anonymous', label: 'remove', input: { id: r.relRemovableByAdmin }, expect: 'login' },
    { as: 'member', label: 'someone else’s', input: { id: r.relRemovableByAdmin }, expect: '404' },
    { as: 'coordinator', label: 'out of scope', input: { id: r.relOut }, expect: '404' },
    { as: 'coordinator', label: 'in scope', input: { id: r.relRemovableByCoordinator }, expect: 'ok' },
    { as: 'admin', label: 'any', input: { id: r.relRemovableByAdmin }, expect: 'ok' },
  ],
  // Members may not change who recruited whom, not even for their own people.
  'app/(app)/people/[id]/actions.ts#setRecruiterAction': (r) =>
    allowedAs('conflict', perPerson((id) => ({ input: { personId: id, version: '9999', recruiterId: '' } }), r, '404')),

  'app/(app)/_actions/interactions.ts#logInteractionAction': (r) => [
    ...perPerson((id) => ({ input: { kind: 'CALL', summary: 'Authz call', personIds: [id] } }), r, '404'),
    { as: 'coordinator', label: 'an organization out of scope', input: { kind: 'MEETING', summary: 'Authz', organizationId: r.otherOrg }, expect: '404' },
  ],
  'app/(app)/_actions/interactions.ts#setFollowUpDoneAction': (r) => [
    { as: 'anonymous', label: 'toggle', input: { id: r.followUpIn, done: true }, expect: 'login' },
    { as: 'member', label: 'any', input: { id: r.followUpIn, done: true }, expect: '404' },
    { as: 'coordinator', label: 'in scope', input: { id: r.followUpIn, done: true }, expect: 'ok' },
    { as: 'coordinator', label: 'out of scope', input: { id: r.followUpOut, done: true }, expect: '404' },
    { as: 'admin', label: 'any', input: { id: r.followUpOut, done: true }, expect: 'ok' },
  ],
  // Answers with the organizations in scope: none at all for members.
  'app/(app)/_actions/interactions.ts#organizationChoicesAction': () => act({}, signedIn),
  'app/(app)/_actions/person-search.ts#searchPeopleAction': () => act({ q: 'ma' }, signedIn),

  'app/(app)/admin/users/actions.ts#inviteAction': () => [
    ...act({ email: `authz-invite-${Date.now()}@example.org`, role: 'MEMBER' }, leadershipOnly),
    // A member with only a phone.
    { as: 'admin', label: 'by phone', input: { phone: `+13125550${100 + (Date.now() % 100)}`, role: 'MEMBER' }, expect: 'ok' },
  ],
  'app/(app)/admin/users/actions.ts#renewInvitationAction': (r) => act({ userId: r.targetUser }, leadershipOnly),
  'app/(app)/admin/users/actions.ts#resetLinkAction': (r) => act({ userId: r.targetUser }, leadershipOnly),
  'app/(app)/admin/users/actions.ts#searchPeopleToLinkAction': () => act({ q: 'ma' }, leadershipOnly),
  'app/(app)/admin/users/actions.ts#setRoleAction': (r) => act({ userId: r.targetUser, role: 'MEMBER' }, leadershipOnly),
  'app/(app)/admin/users/actions.ts#setDisabledAction': (r) => act({ userId: r.targetUser, disabled: 'false' }, leadershipOnly),
  'app/(app)/admin/users/actions.ts#setScopeAction': (r) => act({ userId: r.targetCoordinator }, leadershipOnly),
  // The target has no second factor to reset: leadership is told so, nothing changes.
  'app/(app)/admin/users/actions.ts#resetSecondFactorAction': (r) => allowedAs('refused', act({ id: r.targetUser }, leadershipOnly)),
  // Everyone edits their own profile (a stale version: a conflict, nothing saved).
  'app/(app)/me/actions.ts#updateMyProfileAction': () => allowedAs('conflict', act({ version: '9999', givenName: 'Authz', preferredLanguage: 'es' }, signedIn)),
  'app/(app)/me/people/actions.ts#addMyPersonAction': () => act({ givenName: 'Authz Conocida', kind: 'FRIEND' }, signedIn),
  'app/(app)/me/people/actions.ts#updateMyPersonAction': (r) => allowedAs('conflict', [
    { as: 'anonymous', label: 'any', input: { id: r.memberRecruit, version: '9999', givenName: 'A' }, expect: 'login' },
    { as: 'member', label: 'one of my people', input: { id: r.memberRecruit, version: '9999', givenName: 'A' }, expect: 'ok' },
    { as: 'member', label: 'someone else', input: { id: r.outOfAll, version: '9999', givenName: 'A' }, expect: '404' },
    { as: 'coordinator', label: 'added by them', input: { id: r.removableByCoordinator, version: '9999', givenName: 'A' }, expect: 'ok' },
    { as: 'coordinator', label: 'not theirs', input: { id: r.outOfAll, version: '9999', givenName: 'A' }, expect: '404' },
    { as: 'admin', label: 'not theirs', input: { id: r.outOfAll, version: '9999', givenName: 'A' }, expect: '404' },
  ]),
  // Public by design: an unknown link is refused with a message, to anyone.
  'app/(auth)/_components/link-actions.ts#acceptInvitationAction': () =>
    allowedAs('refused', act({ token: 'A'.repeat(43), password: 'long enough password', confirm: 'long enough password' }, anyone, 'unknown link')),
  'app/(auth)/_components/link-actions.ts#resetPasswordAction': () =>
    allowedAs('refused', act({ token: 'A'.repeat(43), password: 'long enough password', confirm: 'long enough password' }, anyone, 'unknown link')),

  // Bulk actions: members have none; a selection with anyone out of scope changes nothing.
  'app/(app)/people/actions.ts#bulkAddTagAction': (r) => perPerson((id) => ({ input: { personIds: [id], tagId: r.tag } }), r, '404'),
  'app/(app)/people/actions.ts#bulkRemoveTagAction': (r) => perPerson((id) => ({ input: { personIds: [id], tagId: r.tag } }), r, '404'),
  'app/(app)/people/actions.ts#bulkAddToCircleAction': (r) => [
    ...perPerson((id) => ({ input: { personIds: [id], circleId: r.coordCircle } }), r, '404').filter((c) => c.as !== 'admin' || c.label !== 'anyone'),
    { as: 'admin', label: 'anyone', input: { personIds: [r.outOfAll], circleId: r.otherCircle }, expect: 'ok' },
    { as: 'coordinator', label: 'a circle not assigned', input: { personIds: [r.coordinatorIn], circleId: r.otherCircle }, expect: '404' },
  ],
  'app/(app)/search/actions.ts#globalSearchAction': () => act({ q: 'mar' }, signedIn),

  'app/(app)/mobilizations/actions.ts#createMobilizationAction': () =>
    act({ name: 'Authz lobby day', kind: 'LOBBY_DAY', startsAt: '2027-03-01T09:00', goal: '10', goalUnit: 'PEOPLE' }, leadershipOnly),
  'app/(app)/mobilizations/actions.ts#updateMobilizationAction': (r) =>
    allowedAs('conflict', act({ id: r.otherMobilization, version: '9999', name: 'Authz', kind: 'MEETING', startsAt: '2027-03-01T09:00', goal: '10', goalUnit: 'PEOPLE' }, leadershipOnly)),
  'app/(app)/mobilizations/actions.ts#deleteMobilizationAction': (r) => act({ id: r.missing }, { anonymous: 'login', member: '404', coordinator: '404', admin: '404' }, 'missing'),
  'app/(app)/mobilizations/actions.ts#askPeopleAction': (r) => [
    ...perPerson((id) => ({ input: { mobilizationId: r.otherMobilization, personIds: [id], quotaId: '' } }), r, '404'),
  ],
  'app/(app)/mobilizations/actions.ts#setStatusAction': (r) => [
    { as: 'anonymous', label: 'any', input: { mobilizationId: r.bus, commitmentIds: [r.commitmentIn], status: 'COMMITTED' }, expect: 'login' },
    { as: 'member', label: 'someone’s', input: { mobilizationId: r.bus, commitmentIds: [r.commitmentIn], status: 'COMMITTED' }, expect: '404' },
    { as: 'coordinator', label: 'in scope', input: { mobilizationId: r.bus, commitmentIds: [r.commitmentIn], status: 'COMMITTED' }, expect: 'ok' },
    { as: 'coordinator', label: 'out of scope', input: { mobilizationId: r.bus, commitmentIds: [r.commitmentOut], status: 'COMMITTED' }, expect: '404' },
    { as: 'admin', label: 'any', input: { mobilizationId: r.bus, commitmentIds: [r.commitmentOut], status: 'COMMITTED' }, expect: 'ok' },
  ],
  'app/(app)/mobilizations/actions.ts#updateNeedsAction': (r) => [
    { as: 'anonymous', label: 'any', input: { commitmentId: r.commitmentIn }, expect: 'login' },
    { as: 'member', label: 'someone’s', input: { commitmentId: r.commitmentIn }, expect: '404' },
    { as: 'coordinator', label: 'in scope', input: { commitmentId: r.commitmentIn }, expect: 'ok' },
    { as: 'coordinator', label: 'out of scope', input: { commitmentId: r.commitmentOut }, expect: '404' },
    { as: 'admin', label: 'any', input: { commitmentId: r.commitmentOut }, expect: 'ok' },
  ],
  // Members answer for themselves; organizers have no answer of their own to give here.
  'app/(app)/mobilizations/actions.ts#answerAction': (r) => [
    { as: 'anonymous', label: 'any', input: { mobilizationId: r.bus, answer: 'yes' }, expect: 'login' },
    { as: 'member', label: 'asked to', input: { mobilizationId: r.bus, answer: 'yes' }, expect: 'ok' },
    { as: 'member', label: 'not asked to', input: { mobilizationId: r.otherMobilization, answer: 'yes' }, expect: '404' },
  ],
  'app/(app)/mobilizations/actions.ts#checkInAction': (r) => [
    { as: 'anonymous', label: 'any', input: { commitmentId: r.commitmentIn, attended: true }, expect: 'login' },
    { as: 'member', label: 'own', input: { commitmentId: r.memberCommitment, attended: true }, expect: '404' },
    { as: 'coordinator', label: 'in scope', input: { commitmentId: r.commitmentIn, attended: false }, expect: 'ok' },
    { as: 'coordinator', label: 'out of scope', input: { commitmentId: r.commitmentOut, attended: false }, expect: '404' },
    { as: 'admin', label: 'any', input: { commitmentId: r.commitmentOut, attended: false }, expect: 'ok' },
  ],
  'app/(app)/mobilizations/actions.ts#promoteAction': (r) => act({ mobilizationId: r.attended.mobilization_id, commitmentIds: [r.attended.id] }, leadershipOnly),
  'app/(app)/precincts/actions.ts#importResultsAction': () => act({ name: 'Authz results', csv: 'precinct,ward,registered,ballots\n' }, leadershipOnly),

  'app/(app)/circles/actions.ts#searchCircleCandidatesAction': (r) => perCircle((id) => ({ input: { targetId: id, q: 'ma' } }), r, { memberOwn: '404', coordinatorIn: 'ok' }),
  // coordinatorIn is in the coordinator's circle already (that is why they are in scope): let in,
  // and told someone added them first. Leadership adds them to another circle.
  'app/(app)/circles/actions.ts#addCircleMemberAction': (r) => [
    ...perCircle((id) => ({ input: { circleId: id, personId: r.coordinatorIn } }), r, { memberOwn: '404', coordinatorIn: 'conflict' }),
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
    allowedAs('conflict', perCircle((id) => ({ input: { id, version: '9999', name: 'Authz', kind: 'INFORMAL' } }), r, { memberOwn: '404', coordinatorIn: '404' })),

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
    ['saveImportOptionsAction', 'checkImportRowsAction'].map((name) => [
      `app/(app)/imports/actions.ts#${name}`,
      (r: TRefs) => allowedAs('refused', act({ id: r.importId, 'map.0': 'givenName' }, leadershipOnly)),
    ]),
  ),
  'app/(app)/imports/actions.ts#startImportMergeAction': (r) => allowedAs('refused', act({ id: r.importId, mode: 'FILL' }, leadershipOnly)),
  'app/(app)/imports/actions.ts#addImportPlacesAction': (r) => allowedAs('refused', act({ id: r.importId }, leadershipOnly)),
  ...Object.fromEntries(
    ['reviseImportMappingAction', 'retryImportAction', 'recheckImportAction', 'cancelImportAction', 'undoImportAction'].map((name) => [
      `app/(app)/imports/actions.ts#${name}`,
      (r: TRefs) => allowedAs('refused', act({ id: r.importId }, leadershipOnly)),
    ]),
  ),
  // A user that does not exist: leadership is told to choose another, nothing is created.
  'app/(app)/settings/api-tokens/actions.ts#createApiTokenAction': (r) => allowedAs('invalid', act({ name: 'Authz', userId: r.missing }, leadershipOnly)),
  'app/(app)/settings/api-tokens/actions.ts#revokeApiTokenAction': (r) => act({ id: r.apiToken }, leadershipOnly),

  'app/(app)/organizations/actions.ts#updateOrganizationAction': (r) =>
    allowedAs('conflict', perOrganization((id) => ({ input: { id, version: '9999', name: 'Authz', kind: 'COMMUNITY', closeness: 'ALLY' } }), r)),

  // Issue 12's daily jobs. Saved views: organizers keep them; only the owner deletes one, even
  // one shared with leadership.
  'app/(app)/people/saved-view-actions.ts#saveViewAction': () => act({ name: 'Authz view', query: 'speaks=es&quiet=60' }, noMembers),
  'app/(app)/people/saved-view-actions.ts#deleteSavedViewAction': (r) => [
    { as: 'anonymous', label: 'any', input: { id: r.savedViewCoord }, expect: 'login' },
    { as: 'member', label: 'someone’s', input: { id: r.savedViewCoord }, expect: '404' },
    { as: 'coordinator', label: 'leadership’s', input: { id: r.savedViewAdmin }, expect: '404' },
    { as: 'coordinator', label: 'own', input: { id: r.savedViewCoord }, expect: 'ok' },
    { as: 'admin', label: 'shared with leadership, not theirs', input: { id: r.savedViewShared }, expect: '404' },
    { as: 'admin', label: 'own', input: { id: r.savedViewAdmin }, expect: 'ok' },
  ],
  'app/(app)/follow-ups/actions.ts#snoozeFollowUpAction': (r) => {
    const until = addDays(dayOf(new Date(), DEFAULT_TIME_ZONE), 7);
    return [
      { as: 'anonymous', label: 'snooze', input: { id: r.snoozeIn, until }, expect: 'login' },
      { as: 'member', label: 'any', input: { id: r.snoozeIn, until }, expect: '404' },
      { as: 'coordinator', label: 'in scope', input: { id: r.snoozeIn, until }, expect: 'ok' },
      { as: 'coordinator', label: 'out of scope', input: { id: r.snoozeOut, until }, expect: '404' },
      { as: 'admin', label: 'any', input: { id: r.snoozeOut, until }, expect: 'ok' },
    ];
  },
  // March day, on a past mobilization made for these cases: walk-ins in scope, call outcomes
  // (no answer: logged, nothing moves) on commitments in scope.
  'app/(app)/mobilizations/march-day-actions.ts#walkInAction': (r) => [
    ...perPerson((id) => ({ input: { mobilizationId: r.authzMarch, personId: id } }), r, '404'),
    { as: 'admin', label: 'missing mobilization', input: { mobilizationId: r.missing, personId: r.outOfAll }, expect: '404' },
  ],
  'app/(app)/mobilizations/march-day-actions.ts#quickWalkInAction': (r) =>
    act({ mobilizationId: r.authzMarch, givenName: 'Authz Llegada', phone: '+17735550193' }, noMembers),
  'app/(app)/mobilizations/march-day-actions.ts#callOutcomeAction': (r) => [
    { as: 'anonymous', label: 'any', input: { commitmentId: r.commitmentIn, outcome: 'NO_ANSWER' }, expect: 'login' },
    { as: 'member', label: 'someone’s', input: { commitmentId: r.commitmentIn, outcome: 'NO_ANSWER' }, expect: '404' },
    { as: 'coordinator', label: 'in scope', input: { commitmentId: r.commitmentIn, outcome: 'NO_ANSWER' }, expect: 'ok' },
    { as: 'coordinator', label: 'out of scope', input: { commitmentId: r.commitmentOut, outcome: 'NO_ANSWER' }, expect: '404' },
    { as: 'admin', label: 'any', input: { commitmentId: r.commitmentOut, outcome: 'NO_ANSWER' }, expect: 'ok' },
  ],
};
