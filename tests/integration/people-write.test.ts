import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPerson } from '@/lib/data/people/list';
import { createPerson, updatePerson } from '@/lib/data/people/write';
import { findDuplicates, getPersonFormValues } from '@/lib/data/people/form';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';
import { refusalOf } from '../support/app-error';

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  await prisma.personPhone.create({ data: { personId: org.people.beto.id, e164: '+17735550111' } });
  await prisma.personPhone.create({ data: { personId: org.people.ana.id, e164: '+17735550122' } });
});
afterAll(() => prisma.$disconnect());

describe('adding and editing a person with phones, emails and tags', () => {
  it('creates the person with their contacts and tags, in the precinct’s ward, added by the actor', async () => {
    const { id } = await createPerson(org.actors.coordinator, {
      givenName: 'Guadalupe',
      preferredName: 'Lupita',
      precinctId: org.precincts.p1.id,
      phones: [{ e164: '+17735550133', type: 'MOBILE', smsConsent: 'YES', doNotCall: false }],
      emails: [{ email: 'lupita@example.org', status: 'SUBSCRIBED' }],
      tags: ['driver', 'bus-captain'],
      languages: ['es'],
      contactConsent: true,
      doNotContact: false,
    });
    const person = await getPerson(org.actors.coordinator, id);
    expect(person.phones).toEqual([{ e164: '+17735550133', type: 'MOBILE', smsConsent: 'YES', smsConsentAt: expect.any(Date), smsConsentHow: 'FORM', doNotCall: false, isPrimary: true }]);
    expect(person.emails).toEqual([{ email: 'lupita@example.org', status: 'SUBSCRIBED', statusAt: expect.any(Date), statusHow: 'FORM', isPrimary: true }]);
    expect(person.tags.map((t) => t.tag.name).sort()).toEqual(['bus-captain', 'driver']);
    const row = await prisma.person.findUniqueOrThrow({ where: { id } });
    expect(row.wardId).toBe(org.ward.id);
    expect(row.addedByUserId).toBe(org.users.coordinator.id);
  });

  it('replaces contacts on save and audits which collections changed', async () => {
    const { id } = await createPerson(org.actors.admin, { givenName: 'Ramón', phones: [{ e164: '+17735550144', type: 'MOBILE', smsConsent: 'UNKNOWN', doNotCall: false }], emails: [], tags: [] });
    const before = await getPersonFormValues(org.actors.admin, id);
    await updatePerson(org.actors.admin, {
      id,
      version: before.version,
      patch: { phones: [{ e164: '+17735550155', type: 'LANDLINE', smsConsent: 'NO', doNotCall: true }], emails: [{ email: 'ramon@example.org', status: 'UNSUBSCRIBED' }], tags: ['driver'] },
    });
    const after = await getPersonFormValues(org.actors.admin, id);
    expect(after.values['phones.0.e164']).toBe('(773) 555-0155');
    expect(after.values['phones.0.doNotCall']).toBe(true);
    expect(after.values['emails.0.email']).toBe('ramon@example.org');
    expect(after.values.tags).toBe('driver');
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: 'UPDATE' } });
    expect(event.changedFields.sort()).toEqual(['emails', 'phones', 'tags']);
    expect(JSON.stringify(event)).not.toContain('555');
  });

  it('refuses a stale save, writing nothing, with the current version and what someone else changed meanwhile', async () => {
    const { id } = await createPerson(org.actors.admin, { givenName: 'Inés', notes: 'Opened with this', phones: [], emails: [], tags: [] });
    const opened = await getPersonFormValues(org.actors.admin, id);
    await updatePerson(org.actors.admin, { id, version: opened.version, patch: { notes: 'Saved first', tags: ['driver'], phones: [{ e164: '+17735550166', type: 'UNKNOWN', smsConsent: 'UNKNOWN', doNotCall: false }] } });
    const stale = updatePerson(org.actors.admin, { id, version: opened.version, patch: { notes: 'Saved second' }, edits: { original: opened.values, edited: ['notes'] } });
    const refused = await refusalOf(stale);
    expect(refused).toMatchObject({ code: 'CONFLICT', details: { currentVersion: opened.version + 1, edited: ['notes'] } });
    expect((refused.details!.theirs as string[]).sort()).toEqual(['notes', 'phones', 'tags']);
    expect(refused.details!.current).toMatchObject({ notes: 'Saved first', tags: 'driver', 'phones.0.e164': '(773) 555-0166', givenName: 'Inés' });
    expect((await getPersonFormValues(org.actors.admin, id)).values.notes).toBe('Saved first');
    // Without the values the form was opened with (My profile), only the version comes back.
    await expect(updatePerson(org.actors.admin, { id, version: opened.version, patch: { notes: 'x' } })).rejects.toMatchObject({ code: 'CONFLICT', details: { currentVersion: opened.version + 1 } });
  });

  it('warns of duplicates only among the people the actor may see', async () => {
    const forAdmin = await findDuplicates(org.actors.admin, { emails: [], phones: ['+17735550111', '+17735550122'] });
    expect(forAdmin.map((p) => p.id).sort()).toEqual([org.people.ana.id, org.people.beto.id].sort());
    // Beto is outside the coordinator's circles: his existence is not revealed.
    const forCoordinator = await findDuplicates(org.actors.coordinator, { emails: [], phones: ['+17735550111', '+17735550122'] });
    expect(forCoordinator.map((p) => p.id)).toEqual([org.people.ana.id]);
    expect(await findDuplicates(org.actors.admin, { emails: [], phones: ['+17735550122'], excludeId: org.people.ana.id })).toEqual([]);
  });

  it('refuses a precinct that does not exist', async () => {
    await expect(createPerson(org.actors.admin, { givenName: 'X', precinctId: '2b0c7e1e-0d6f-4f3e-9d2a-0c8d7b6a5f41' })).rejects.toMatchObject({ code: 'INVALID' });
  });
});

describe('the ladder: only organizers move people on it', () => {
  it('refuses the full form to a member: they add the people they know through “My people”', async () => {
    await expect(createPerson(org.actors.member, { givenName: 'Directa', ladderStage: 'LEADER' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(createPerson(org.actors.member, { givenName: 'Directa' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await prisma.person.count({ where: { givenName: 'Directa' } })).toBe(0);
  });

  it('lets a member edit their own record and their people, but not raise anyone’s stage', async () => {
    for (const person of [org.people.dora, org.people.eli]) {
      const opened = await getPersonFormValues(org.actors.member, person.id);
      // What organizers keep (the stage among it) is refused whole, from any path: nothing is saved.
      const raise = updatePerson(org.actors.member, { id: person.id, version: opened.version, patch: { ladderStage: 'LEADER', pronouns: 'elle' } });
      await expect(raise).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const row = await prisma.person.findUniqueOrThrow({ where: { id: person.id } });
      expect([row.ladderStage, row.pronouns, row.version]).toEqual(['CONTACT', null, opened.version]);
      // Without the stage, the rest is saved.
      await updatePerson(org.actors.member, { id: person.id, version: opened.version, patch: { pronouns: 'elle' } });
      expect((await prisma.person.findUniqueOrThrow({ where: { id: person.id } })).pronouns).toBe('elle');
    }
  });

  it('lets organizers create and move people at any stage', async () => {
    const { id } = await createPerson(org.actors.coordinator, { givenName: 'Subida', ladderStage: 'VOLUNTEER' });
    const opened = await getPersonFormValues(org.actors.coordinator, id);
    await updatePerson(org.actors.coordinator, { id, version: opened.version, patch: { ladderStage: 'LEADER' } });
    expect((await prisma.person.findUniqueOrThrow({ where: { id } })).ladderStage).toBe('LEADER');
  });
});
