import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMyProfile, updateMyProfile } from '@/lib/data/profile/me';
import { addMyPerson, getMyPerson, listMyPeople, updateMyPerson } from '@/lib/data/people/my-people';
import { getPerson } from '@/lib/data/people/list';
import { codeOf } from '../support/app-error';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

describe('my profile', () => {
  it('shows a member their own details and circles, and saves their contact choices with a version check', async () => {
    const me = (await getMyProfile(org.actors.member))!;
    expect(me.id).toBe(org.people.dora.id);
    expect(me.circles).toEqual([{ id: org.circles.circleA.id, name: 'Club Sierra Alta', role: 'MEMBER' }]);
    // Nothing about the circle's other members travels with it.
    expect(JSON.stringify(me)).not.toContain('Ana');

    const saved = await updateMyProfile(org.actors.member, {
      version: me.version,
      preferredLanguage: 'es',
      languages: ['es', 'en'],
      contactConsent: true,
      doNotContact: false,
      phones: [{ e164: '+17735550142', type: 'MOBILE', smsConsent: 'YES', doNotCall: false }],
      emails: [{ email: 'dora@example.net', status: 'UNSUBSCRIBED' }],
    });
    expect(saved.changed.sort()).toEqual(['contactConsent', 'emails', 'languages', 'phones']);
    const after = (await getMyProfile(org.actors.member))!;
    expect(after).toMatchObject({ contactConsent: true, languages: ['es', 'en'], phones: [{ e164: '+17735550142' }], emails: [{ email: 'dora@example.net', status: 'UNSUBSCRIBED' }] });
    // Answers given in My profile are recorded as the person's own.
    expect(await prisma.personPhone.findFirstOrThrow({ where: { e164: '+17735550142' } })).toMatchObject({ smsConsent: 'YES', smsConsentHow: 'SELF', smsConsentAt: expect.any(Date) });

    // A second save on the old version is refused, not silently applied.
    expect(await codeOf(updateMyProfile(org.actors.member, { version: me.version, preferredLanguage: 'en', languages: [], contactConsent: false, doNotContact: true, phones: [], emails: [] }))).toBe('CONFLICT');
    expect((await getMyProfile(org.actors.member))!.doNotContact).toBe(false);
  });
});

describe('my people', () => {
  it('lists those the member recruited, and adds someone they know with how and in which circle', async () => {
    expect((await listMyPeople(org.actors.member)).map((p) => p.givenName)).toEqual(['Eli']);
    const { id } = await addMyPerson(org.actors.member, {
      givenName: 'Gloria',
      familyName: null,
      phone: '+17735550177',
      kind: 'NEIGHBOUR',
      note: 'Lives upstairs',
      circleIds: [org.circles.circleA.id],
    });
    const people = await listMyPeople(org.actors.member);
    expect(people.map((p) => [p.givenName, p.phone, p.kind])).toEqual([['Eli', null, null], ['Gloria', '+17735550177', 'NEIGHBOUR']]);
    const stored = await prisma.person.findUniqueOrThrow({ where: { id }, include: { memberships: true } });
    expect(stored.addedByUserId).toBe(org.users.member.id);
    expect(stored.memberships.map((m) => m.circleId)).toEqual([org.circles.circleA.id]);
    // The new record joins the shared database: leadership and the coordinator of circle A see it.
    expect((await getPerson(org.actors.admin, id)).givenName).toBe('Gloria');
    expect((await getPerson(org.actors.coordinator, id)).givenName).toBe('Gloria');

    const edit = await getMyPerson(org.actors.member, id);
    await updateMyPerson(org.actors.member, { id, version: edit.version, givenName: 'Gloria', familyName: 'Vega', phone: '+17735550178' });
    expect(await getMyPerson(org.actors.member, id)).toMatchObject({ familyName: 'Vega', phone: '+17735550178', version: edit.version + 1 });
    expect(await codeOf(updateMyPerson(org.actors.member, { id, version: edit.version, givenName: 'G', familyName: null, phone: null }))).toBe('CONFLICT');
  });

  it('refuses a circle the member is not in', async () => {
    const before = await prisma.person.count();
    expect(await codeOf(addMyPerson(org.actors.member, { givenName: 'Hugo', familyName: null, phone: null, kind: 'FRIEND', note: null, circleIds: [org.circles.circleB.id] }))).toBe('INVALID');
    expect(await prisma.person.count()).toBe(before);
  });

  it('never reaches anyone else: their own record, others’ people, or people out of scope are NotFound', async () => {
    const { dora, ana, fer } = org.people;
    for (const id of [dora.id, ana.id, fer.id]) {
      expect(await codeOf(getMyPerson(org.actors.member, id))).toBe('NOT_FOUND');
      expect(await codeOf(updateMyPerson(org.actors.member, { id, version: 1, givenName: 'Hacked', familyName: null, phone: null }))).toBe('NOT_FOUND');
    }
    // A coordinator may see Ana (circle A) elsewhere, but she is not one of *their* people.
    expect(await codeOf(updateMyPerson(org.actors.coordinator, { id: ana.id, version: 1, givenName: 'Hacked', familyName: null, phone: null }))).toBe('NOT_FOUND');
    expect(await listMyPeople(org.actors.coordinator)).toEqual([]);
    expect(await prisma.person.count({ where: { givenName: 'Hacked' } })).toBe(0);
  });
});
