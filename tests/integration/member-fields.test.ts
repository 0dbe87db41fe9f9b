import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, updatePerson } from '@/lib/data/people/write';
import { isAppError } from '@/lib/errors';
import { getPersonFormValues } from '@/lib/data/people/form';
import { ORGANIZER_PERSON_FIELDS } from '@/lib/validation/person';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// DESIGN.md: a member keeps their own profile current and lists the people they know. The ladder
// stage, organizers' notes, tags, source, precinct and voter status are organizers' to set: the
// data layer refuses them from a member, whatever form or request carries them.

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

const refused = (e: unknown) => isAppError(e, 'FORBIDDEN') || isAppError(e, 'NOT_FOUND');

describe("a member's own record and their people", () => {
  it.each([
    ['ladderStage', { ladderStage: 'LEADER' as const }],
    ['notes', { notes: 'Replaced by the member' }],
    ['tags', { tags: ['brand-new-tag'] }],
    ['source', { source: 'self' }],
    ['registeredVoter', { registeredVoter: 'YES' as const }],
  ])('refuses %s from the member, and changes nothing', async (_field, patch) => {
    const before = await prisma.person.findUniqueOrThrow({ where: { id: org.people.dora.id } });
    const tags = await prisma.tag.count();
    await expect(updatePerson(org.actors.member, { id: org.people.dora.id, version: before.version, patch })).rejects.toSatisfy(refused);
    expect(await prisma.person.findUniqueOrThrow({ where: { id: org.people.dora.id } })).toEqual(before);
    expect(await prisma.tag.count()).toBe(tags);
  });

  it('refuses the precinct of one of their people, and a new person with a stage', async () => {
    const eli = await prisma.person.findUniqueOrThrow({ where: { id: org.people.eli.id } });
    await expect(updatePerson(org.actors.member, { id: eli.id, version: eli.version, patch: { precinctId: org.precincts.p1.id } })).rejects.toSatisfy(refused);
    const people = await prisma.person.count();
    await expect(createPerson(org.actors.member, { givenName: 'Nuevo', ladderStage: 'LEADER', phones: [], emails: [] })).rejects.toSatisfy(refused);
    await expect(createPerson(org.actors.member, { givenName: 'Nuevo', tags: ['made-by-member'], phones: [], emails: [] })).rejects.toSatisfy(refused);
    expect(await prisma.person.count()).toBe(people);
  });

  it('keeps what is theirs to change: names, languages, contact details and consent', async () => {
    const dora = await prisma.person.findUniqueOrThrow({ where: { id: org.people.dora.id } });
    await updatePerson(org.actors.member, {
      id: dora.id,
      version: dora.version,
      patch: { preferredName: 'Dorita', pronouns: 'ella', preferredLanguage: 'es', phones: [{ e164: '+17735550177', type: 'MOBILE', smsConsent: 'YES', doNotCall: false }], emails: [], contactConsent: true },
    });
    expect(await prisma.person.findUniqueOrThrow({ where: { id: dora.id } })).toMatchObject({ preferredName: 'Dorita', pronouns: 'ella', contactConsent: true, ladderStage: dora.ladderStage });
  });

  it('gives a member none of them as a form’s starting values, and organizers all of them', async () => {
    const member = await getPersonFormValues(org.actors.member, org.people.dora.id);
    for (const field of ORGANIZER_PERSON_FIELDS) expect(member.values, field).not.toHaveProperty(field);
    expect(member.values).toHaveProperty('givenName');
    const organizer = await getPersonFormValues(org.actors.admin, org.people.dora.id);
    for (const field of ORGANIZER_PERSON_FIELDS) expect(organizer.values, field).toHaveProperty(field);
  });

  it('still lets organizers set them', async () => {
    const dora = await prisma.person.findUniqueOrThrow({ where: { id: org.people.dora.id } });
    await updatePerson(org.actors.admin, { id: dora.id, version: dora.version, patch: { ladderStage: 'VOLUNTEER', notes: 'Organizer note', tags: ['vecinos'] } });
    expect(await prisma.person.findUniqueOrThrow({ where: { id: dora.id } })).toMatchObject({ ladderStage: 'VOLUNTEER', notes: 'Organizer note' });
  });

  it("does not tell a member, on a stale save, what organizers changed meanwhile", async () => {
    const dora = await prisma.person.findUniqueOrThrow({ where: { id: org.people.dora.id } });
    await updatePerson(org.actors.admin, { id: dora.id, version: dora.version, patch: { notes: 'Private organizer note', preferredName: 'Dorotea' } });
    // Even a form that claims to have been opened with the notes in it is not told them.
    const original = { preferredName: dora.preferredName ?? '', pronouns: '', notes: '' };
    const error = await updatePerson(org.actors.member, { id: dora.id, version: dora.version, patch: { pronouns: 'ella' }, edits: { original, edited: ['pronouns'] } }).catch((e: unknown) => e);
    expect(isAppError(error, 'CONFLICT')).toBe(true);
    const details = (error as { details: { theirs: string[]; current: Record<string, unknown> } }).details;
    expect(details.theirs).toContain('preferredName');
    expect(details.theirs).not.toContain('notes');
    expect(JSON.stringify(details)).not.toContain('Private organizer note');
  });
});
