import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCircleForEdit } from '@/lib/data/circles/read';
import { updateCircle } from '@/lib/data/circles/write';
import { createMobilization, getMobilization, updateMobilization } from '@/lib/data/mobilizations/mobilizations';
import { getOrganizationForEdit } from '@/lib/data/organizations/read';
import { updateOrganization } from '@/lib/data/organizations/write';
import { getPersonFormValues } from '@/lib/data/people/form';
import { createPerson, updatePerson } from '@/lib/data/people/write';
import { getMyProfile, myProfileFormValues, updateMyProfile } from '@/lib/data/profile/me';
import { utcToWallTime } from '@/lib/format/dates';
import { CIRCLE_INPUTS, ZUpdateCircleInput } from '@/lib/validation/circle';
import { conflictOf, editsOf, recordInputValues, valuesAfterConflict, type TInputValues } from '@/lib/validation/edits';
import { myProfileForm } from '@/lib/validation/me';
import { mobilizationFieldOf, mobilizationForm, mobilizationInputs } from '@/lib/validation/mobilization';
import { ORGANIZATION_INPUTS, ZUpdateOrganizationInput } from '@/lib/validation/organization';
import { personForm } from '@/lib/validation/person';
import { refusalOf } from '../support/app-error';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const ORG = { timeZone: 'America/Chicago', phoneCountry: 'US' };
const ZMyProfileForm = myProfileForm(ORG);
const ZMobilizationForm = mobilizationForm(ORG);
const ZPersonForm = personForm(ORG);

// Two people edit one record at once (issue 18). Each form is driven as the pages drive it: the
// inputs it was opened with go back as `original`, the schema tells the user's edits apart, a stale
// save is refused with what is saved now, the form then shows that where the user changed nothing,
// and "save my version" writes only the user's changes: both edits survive, and where both
// changed one field, the user who saw both values and saved last wins.

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

/** What a form sends: its inputs as the user left them, what it was opened with, its version. */
const sent = (values: TInputValues, original: TInputValues, extra: Record<string, unknown>) => ({ ...values, original: JSON.stringify(original), ...extra });

/** The form after the refusal: what it now shows, opened-with and the version "save my version" sends. */
function afterRefusal(mine: TInputValues, details: Record<string, unknown> | undefined, fieldOf?: (k: string) => string) {
  const conflict = conflictOf(details)!;
  return { values: valuesAfterConflict(mine, conflict, fieldOf), original: conflict.current!, acceptVersion: conflict.currentVersion, conflict };
}

describe('the person form', () => {
  const save = async (values: TInputValues, original: TInputValues, extra: Record<string, unknown>) => {
    const { version, acceptVersion, original: _o, edited, id, confirmDuplicate: _c, ...patch } = ZPersonForm.parse(sent(values, original, extra));
    return updatePerson(org.actors.admin, { id: id!, version: acceptVersion ?? version!, patch, edits: editsOf({ original: _o, edited }) });
  };

  it('keeps their City and my Pronouns; where both changed the City, mine after I saw both', async () => {
    const { id } = await createPerson(org.actors.admin, { givenName: 'Socorro', familyName: 'Vega', notes: 'Opened with this', tags: ['Vecinos'] });
    const opened = await getPersonFormValues(org.actors.admin, id);
    // A sets City; B, on the same opened form, only types Pronouns.
    await save({ ...opened.values, city: 'Cicero' }, opened.values, { id, version: opened.version });
    // The edit page's form holds the person's id among its values too: it is no field of theirs.
    const mine = { ...opened.values, id, pronouns: 'she/her' };
    const refused = await refusalOf(save(mine, { ...opened.values, id }, { id, version: opened.version }));
    expect(refused.code).toBe('CONFLICT');
    const after = afterRefusal(mine, refused.details);
    expect(after.conflict).toMatchObject({ edited: ['pronouns'], theirs: ['city'] });
    expect(after.values).toMatchObject({ city: 'Cicero', pronouns: 'she/her', notes: 'Opened with this', tags: 'Vecinos' });
    await save(after.values, after.original, { id, version: opened.version, acceptVersion: after.acceptVersion });
    expect(await prisma.person.findUniqueOrThrow({ where: { id } })).toMatchObject({ city: 'Cicero', pronouns: 'she/her', notes: 'Opened with this' });

    // Both change the City: B sees A's value beside its own, and saving B's version keeps B's.
    const again = await getPersonFormValues(org.actors.admin, id);
    await save({ ...again.values, city: 'Berwyn', notes: 'A wrote this' }, again.values, { id, version: again.version });
    const mine2 = { ...again.values, city: 'Oak Park' };
    const refused2 = await refusalOf(save(mine2, again.values, { id, version: again.version }));
    const after2 = afterRefusal(mine2, refused2.details);
    expect(after2.conflict.edited).toEqual(['city']);
    expect([...after2.conflict.theirs].sort()).toEqual(['city', 'notes']);
    expect(after2.conflict.current).toMatchObject({ city: 'Berwyn' });
    expect(after2.values).toMatchObject({ city: 'Oak Park', notes: 'A wrote this' });
    await save(after2.values, after2.original, { id, version: again.version, acceptVersion: after2.acceptVersion });
    expect(await prisma.person.findUniqueOrThrow({ where: { id } })).toMatchObject({ city: 'Oak Park', notes: 'A wrote this', pronouns: 'she/her' });
    // The audit of that last save names only the field B changed.
    const last = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id }, orderBy: { at: 'desc' } });
    expect(last.changedFields).toEqual(['city']);
  });

  it('a save with nothing stale writes only what the user changed: the phones they did not touch are the same rows', async () => {
    const { id } = await createPerson(org.actors.admin, { givenName: 'Lidia', phones: [{ e164: '+17735550177', type: 'MOBILE', smsConsent: 'NO', doNotCall: false }] });
    const phones = () => prisma.personPhone.findMany({ where: { personId: id }, select: { id: true, e164: true, smsConsent: true } });
    const before = await phones();
    const opened = await getPersonFormValues(org.actors.admin, id);
    await save({ ...opened.values, notes: 'Only this' }, opened.values, { id, version: opened.version });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: 'UPDATE' } });
    expect(event.changedFields).toEqual(['notes']);
    expect(await phones()).toEqual(before);
    // A caller that does not say what it opened (the API) saves every field it sends, as before.
    await updatePerson(org.actors.admin, { id, version: opened.version + 1, patch: { phones: [{ e164: '+17735550177', type: 'MOBILE', smsConsent: 'NO', doNotCall: false }] } });
    expect((await phones())[0]!.id).not.toBe(before[0]!.id);
  });
});

describe('My profile', () => {
  it('keeps a phone someone else added and my own change of language', async () => {
    const member = org.actors.member;
    const opened = myProfileFormValues((await getMyProfile(member))!);
    const { version } = (await getMyProfile(member))!;
    const save = (values: TInputValues, original: TInputValues, extra: Record<string, unknown>) => {
      const { version: v, acceptVersion, original: o, edited, ...patch } = ZMyProfileForm.parse(sent(values, original, extra));
      return updateMyProfile(member, { ...patch, version: acceptVersion ?? v, edits: editsOf({ original: o, edited }) });
    };
    // Leadership adds a phone to Dora's record; Dora, meanwhile, adds English.
    const current = await getPersonFormValues(org.actors.admin, org.people.dora.id);
    await updatePerson(org.actors.admin, { id: org.people.dora.id, version: current.version, patch: { phones: [{ e164: '+17735550188', type: 'MOBILE', smsConsent: 'YES', doNotCall: false }] } });
    const mine = { ...opened, languages: ['en'] };
    const refused = await refusalOf(save(mine, opened, { version }));
    const after = afterRefusal(mine, refused.details);
    expect(after.conflict).toMatchObject({ edited: ['languages'], theirs: ['phones'] });
    // Only the profile's own inputs come back: nothing else about the record.
    expect(Object.keys(after.conflict.current!).sort()).toEqual(Object.keys(opened).sort());
    await save(after.values, after.original, { version, acceptVersion: after.acceptVersion });
    const saved = (await getMyProfile(member))!;
    expect(saved.languages).toEqual(['en']);
    expect(saved.phones.map((p) => p.e164)).toEqual(['+17735550188']);
  });
});

describe('a circle, an organization and a mobilization', () => {
  it('a circle keeps their name and my description', async () => {
    const id = org.circles.circleB.id;
    const record = await getCircleForEdit(org.actors.admin, id);
    const opened = recordInputValues(record, CIRCLE_INPUTS);
    const save = (values: TInputValues, original: TInputValues, extra: Record<string, unknown>) => {
      const { version, acceptVersion, original: o, edited, ...fields } = ZUpdateCircleInput.parse(sent(values, original, { id, ...extra }));
      return updateCircle(org.actors.admin, { ...fields, version: acceptVersion ?? version, edits: editsOf({ original: o, edited }) });
    };
    await save({ ...opened, name: 'LSC Escuela Ficticia (2027)' }, opened, { version: record.version });
    const mine = { ...opened, description: 'Parents at every meeting' };
    const after = afterRefusal(mine, (await refusalOf(save(mine, opened, { version: record.version }))).details);
    expect(after.conflict).toMatchObject({ edited: ['description'], theirs: ['name'] });
    await save(after.values, after.original, { version: record.version, acceptVersion: after.acceptVersion });
    expect(await prisma.circle.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: 'LSC Escuela Ficticia (2027)', description: 'Parents at every meeting' });
  });

  it('an organization keeps their closeness and my notes', async () => {
    const id = org.org.id;
    const record = await getOrganizationForEdit(org.actors.admin, id);
    const opened = recordInputValues(record, ORGANIZATION_INPUTS);
    const save = (values: TInputValues, original: TInputValues, extra: Record<string, unknown>) => {
      const { version, acceptVersion, original: o, edited, ...fields } = ZUpdateOrganizationInput.parse(sent(values, original, { id, ...extra }));
      return updateOrganization(org.actors.admin, { ...fields, version: acceptVersion ?? version, edits: editsOf({ original: o, edited }) });
    };
    await save({ ...opened, closeness: 'CORE_ALLY' }, opened, { version: record.version });
    const mine = { ...opened, agreementNotes: 'Rent control' };
    const after = afterRefusal(mine, (await refusalOf(save(mine, opened, { version: record.version }))).details);
    expect(after.conflict).toMatchObject({ edited: ['agreementNotes'], theirs: ['closeness'] });
    await save(after.values, after.original, { version: record.version, acceptVersion: after.acceptVersion });
    expect(await prisma.organization.findUniqueOrThrow({ where: { id } })).toMatchObject({ closeness: 'CORE_ALLY', agreementNotes: 'Rent control' });
  });

  it('a mobilization keeps their quotas and my place', async () => {
    const { id } = await createMobilization(org.actors.admin, {
      name: 'March', kind: 'RALLY', startsAt: new Date(Date.now() + 5 * 86_400_000), place: null, description: null, goal: 20, goalUnit: 'PEOPLE',
      quotas: [{ ref: `circle:${org.circles.circleA.id}`, target: 5 }, { ref: 'open', target: 15 }],
    });
    const m = await getMobilization(org.actors.admin, id);
    const opened = mobilizationInputs({ ...m, startsAt: utcToWallTime(m.startsAt, ORG.timeZone), quotas: m.quotas.map((q) => ({ ref: q.ref, target: String(q.target) })) });
    const save = (values: TInputValues, original: TInputValues, extra: Record<string, unknown>) => {
      const { version, acceptVersion, original: o, edited, ...input } = ZMobilizationForm.parse(sent(values, original, extra));
      return updateMobilization(org.actors.admin, id, acceptVersion ?? version!, input, editsOf({ original: o, edited }));
    };
    await save({ ...opened, quotaRef: [`circle:${org.circles.circleA.id}`, 'open'], quotaTarget: ['12', '8'] }, opened, { version: m.version });
    const mine = { ...opened, place: 'Union Park' };
    const after = afterRefusal(mine, (await refusalOf(save(mine, opened, { version: m.version }))).details, mobilizationFieldOf);
    expect(after.conflict).toMatchObject({ edited: ['place'], theirs: ['quotas'] });
    expect(after.values).toMatchObject({ place: 'Union Park', quotaTarget: ['12', '8'] });
    await save(after.values, after.original, { version: m.version, acceptVersion: after.acceptVersion });
    const saved = await getMobilization(org.actors.admin, id);
    expect(saved.place).toBe('Union Park');
    expect(saved.quotas.map((q) => q.target)).toEqual([12, 8]);
  });
});
