import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteUser, unsafeAcceptInvitation } from '@/lib/data/account/invitations';
import { unsafeGetActorBySessionToken } from '@/lib/data/account/sessions';
import { unsafeSignIn } from '@/lib/data/account/sign-in';
import { getMyProfile } from '@/lib/data/profile/me';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// A member invited as someone "not in Leaven yet" gets a person record with the email they were
// invited at (and sign in with), its consent to email left unknown: accepting an invitation is
// not a yes to the organization's emails.

const prisma = testClient();
let org: TSmallOrg;
const noScope = { circleIds: [], organizationIds: [], precinctIds: [] };
const password = 'a long enough password';

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

describe('accepting an invitation as a new person', () => {
  it('records the invited email on the person it creates, and My profile shows it', async () => {
    const link = await inviteUser(org.actors.admin, { email: 'nueva.miembro@test.example.org', role: 'MEMBER', personId: null, ...noScope });
    await unsafeAcceptInvitation({ token: link.token, password, confirm: password, givenName: 'Nueva', familyName: 'Miembro', phone: null });

    const signedIn = await unsafeSignIn('nueva.miembro@test.example.org', password);
    const actor = (await unsafeGetActorBySessionToken(signedIn!.token))!;
    const emails = await prisma.personEmail.findMany({ where: { personId: actor.personId! }, select: { email: true, isPrimary: true, status: true } });
    // consent: unknown. Saying yes to an account is not saying yes to the organization's emails.
    expect(emails).toEqual([{ email: 'nueva.miembro@test.example.org', isPrimary: true, status: 'UNKNOWN' }]);
    expect((await getMyProfile(actor))!.emails.map((e) => e.email)).toEqual(['nueva.miembro@test.example.org']);

    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityType: 'person', entityId: actor.personId!, action: 'CREATE' } });
    expect(audit.changedFields.sort()).toEqual(['emails', 'familyName', 'givenName']);
  });

  it('leaves the emails of a person already in Leaven as they are', async () => {
    const link = await inviteUser(org.actors.admin, { email: 'fer.lucero@test.example.org', role: 'MEMBER', personId: org.people.fer.id, ...noScope });
    await unsafeAcceptInvitation({ token: link.token, password, confirm: password, givenName: null, familyName: null, phone: null });
    expect(await prisma.personEmail.count({ where: { personId: org.people.fer.id } })).toBe(0);
  });
});
