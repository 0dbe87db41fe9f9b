import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMyFollowUps } from '@/lib/data/interactions/follow-ups';
import { createInteraction, setFollowUpDone } from '@/lib/data/interactions/interactions';
import { interactionScope } from '@/lib/access/scopes/interactions';
import { recentInteractions } from '@/lib/data/interactions/recent';
import { getPersonProfile } from '@/lib/data/profile/profile';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
// Midday on 9 March 2026 in Chicago (the organization's zone): the day follow-ups are counted on.
const NOON_MARCH_9 = new Date('2026-03-09T18:00:00Z');
let org: TSmallOrg;
const notFound = { code: 'NOT_FOUND' };
const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

describe('logging an interaction', () => {
  it('a coordinator logs a one-on-one with people in scope; it is audited and shows on the timeline', async () => {
    const { ana, dora } = org.people;
    const { id } = await createInteraction(org.actors.coordinator, {
      kind: 'ONE_ON_ONE',
      occurredAt: new Date('2026-03-02T16:00:00Z'),
      summary: 'Coffee with Ana and Dora',
      notes: 'Private detail',
      personIds: [ana.id, dora.id, ana.id],
      followUpOn: day('2026-03-09'),
    });
    const links = await prisma.interactionPerson.findMany({ where: { interactionId: id } });
    expect(links).toHaveLength(2);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id } });
    expect(audit).toMatchObject({ action: 'CREATE', entityType: 'interaction' });
    expect(audit.changedFields).toEqual(['kind', 'occurredAt', 'summary', 'notes', 'followUpOn', 'people']);
    expect(JSON.stringify(audit)).not.toContain('Private');
    const timeline = (await getPersonProfile(org.actors.coordinator, ana.id)).timeline!;
    expect(timeline.items[0]).toMatchObject({ summary: 'Coffee with Ana and Dora', followUpOn: '2026-03-09', followUpDone: false });
    expect(timeline.items[0]!.people.map((p) => p.id)).toEqual([dora.id]);
    expect(timeline.openFollowUps.map((f) => f.id)).toEqual([id]);
  });

  it('refuses anyone, any organization or circle out of scope, and writes nothing', async () => {
    const before = await prisma.interaction.count();
    const base = { kind: 'CALL' as const, summary: 'x', personIds: [org.people.ana.id] };
    await expect(createInteraction(org.actors.coordinator, { ...base, personIds: [org.people.ana.id, org.people.beto.id] })).rejects.toMatchObject(notFound);
    await expect(createInteraction(org.actors.coordinator, { ...base, organizationId: org.org.id })).rejects.toMatchObject(notFound);
    await expect(createInteraction(org.actors.coordinator, { ...base, circleId: org.circles.circleB.id })).rejects.toMatchObject(notFound);
    await expect(createInteraction(org.actors.member, { ...base, personIds: [org.people.dora.id] })).rejects.toMatchObject(notFound);
    expect(await prisma.interaction.count()).toBe(before);
    expect(await prisma.auditEvent.count({ where: { entityType: 'interaction', action: 'CREATE' } })).toBe(1);
  });

  it('an organization or a circle alone is enough, with leadership', async () => {
    const { id } = await createInteraction(org.actors.admin, { kind: 'MEETING', summary: 'With the tenants', personIds: [], organizationId: org.org.id });
    expect((await prisma.interaction.findUniqueOrThrow({ where: { id } })).organizationId).toBe(org.org.id);
  });
});

describe('who sees which interactions', () => {
  it('members see none at all, not even about themselves', async () => {
    const { dora, eli } = org.people;
    await createInteraction(org.actors.admin, { kind: 'CALL', summary: 'Called Dora and Eli', personIds: [dora.id, eli.id] });
    expect(await prisma.interaction.count({ where: interactionScope(org.actors.member) })).toBe(0);
    const own = await getPersonProfile(org.actors.member, dora.id);
    expect(own.timeline).toBeNull();
    expect((await getPersonProfile(org.actors.member, eli.id)).timeline).toBeNull();
    await expect(listMyFollowUps(org.actors.member, { view: 'open', now: new Date('2026-03-01T18:00:00Z') })).rejects.toMatchObject(notFound);
  });

  it('a coordinator sees those they logged and those about people in scope, nothing else', async () => {
    const { ana, beto } = org.people;
    const aboutBeto = await createInteraction(org.actors.admin, { kind: 'DOOR', summary: 'Door knock at Beto’s', personIds: [beto.id], followUpOn: day('2026-01-10') });
    const aboutBoth = await createInteraction(org.actors.admin, { kind: 'MEETING', summary: 'Ana and Beto', personIds: [ana.id, beto.id] });
    const visible = new Set((await prisma.interaction.findMany({ where: interactionScope(org.actors.coordinator), select: { id: true } })).map((i) => i.id));
    expect(visible.has(aboutBeto.id)).toBe(false);
    expect(visible.has(aboutBoth.id)).toBe(true);
    // On Ana's timeline the meeting shows, without Beto's name: he is only counted.
    const item = (await getPersonProfile(org.actors.coordinator, ana.id)).timeline!.items.find((i) => i.id === aboutBoth.id)!;
    expect(item.people).toEqual([]);
    expect(item.otherPeople).toBe(1);
    // Someone in the trash is neither named nor counted.
    await prisma.person.update({ where: { id: beto.id }, data: { deletedAt: new Date() } });
    const after = (await getPersonProfile(org.actors.coordinator, ana.id)).timeline!.items.find((i) => i.id === aboutBoth.id)!;
    expect(after.otherPeople).toBe(0);
    await prisma.person.update({ where: { id: beto.id }, data: { deletedAt: null } });
    await expect(setFollowUpDone(org.actors.coordinator, { id: aboutBeto.id, done: true })).rejects.toMatchObject(notFound);
    expect((await prisma.interaction.findUniqueOrThrow({ where: { id: aboutBeto.id } })).followUpDone).toBe(false);
  });

  it('a coordinator sees a meeting with their own circle that names no one, and the same rule holds on every page', async () => {
    const { circleA, circleB } = org.circles;
    const withTheirs = await createInteraction(org.actors.admin, { kind: 'MEETING', summary: 'Sierra Alta planning', personIds: [], circleId: circleA.id, followUpOn: day('2026-01-12') });
    const withOther = await createInteraction(org.actors.admin, { kind: 'MEETING', summary: 'Escuela planning', personIds: [], circleId: circleB.id });
    const visible = new Set((await prisma.interaction.findMany({ where: interactionScope(org.actors.coordinator), select: { id: true } })).map((i) => i.id));
    expect(visible.has(withTheirs.id)).toBe(true);
    expect(visible.has(withOther.id)).toBe(false);
    // The circle page's recent contact and the follow-up toggle follow the same rule.
    expect((await recentInteractions(org.actors.coordinator, { circleId: circleA.id })).map((i) => i.id)).toContain(withTheirs.id);
    expect(await setFollowUpDone(org.actors.coordinator, { id: withTheirs.id, done: true })).toEqual({ changed: true });
  });
});

describe('follow-ups', () => {
  it('"my follow-ups" lists mine, due and overdue first, and done toggles are idempotent', async () => {
    const { ana } = org.people;
    const later = await createInteraction(org.actors.coordinator, { kind: 'CALL', summary: 'Later', personIds: [ana.id], followUpOn: day('2026-04-01') });
    const overdue = await createInteraction(org.actors.coordinator, { kind: 'CALL', summary: 'Overdue', personIds: [ana.id], followUpOn: day('2026-02-01') });
    const list = await listMyFollowUps(org.actors.coordinator, { view: 'open', now: NOON_MARCH_9 });
    expect(list.items.map((i) => i.summary)).toEqual(['Overdue', 'Coffee with Ana and Dora', 'Later']);
    expect(list.counts).toMatchObject({ open: 3, overdue: 1, dueToday: 1, done: 0 });
    expect(list.items.at(-1)!.id).toBe(later.id);
    expect(list.items[0]!.people.map((p) => p.id)).toEqual([ana.id]);
    // Leadership's follow-ups are not the coordinator's.
    expect((await listMyFollowUps(org.actors.admin, { view: 'open', now: NOON_MARCH_9 })).items.map((i) => i.summary)).toEqual(['Door knock at Beto’s']);

    expect(await setFollowUpDone(org.actors.coordinator, { id: overdue.id, done: true })).toEqual({ changed: true });
    expect(await setFollowUpDone(org.actors.coordinator, { id: overdue.id, done: true })).toEqual({ changed: false });
    const after = await listMyFollowUps(org.actors.coordinator, { view: 'open', now: NOON_MARCH_9 });
    expect(after.counts).toMatchObject({ open: 2, overdue: 0, done: 1 });
    expect((await listMyFollowUps(org.actors.coordinator, { view: 'done', now: NOON_MARCH_9 })).items.map((i) => i.id)).toEqual([overdue.id]);
    expect(await prisma.auditEvent.count({ where: { entityId: overdue.id, action: 'UPDATE' } })).toBe(1);
    await setFollowUpDone(org.actors.coordinator, { id: overdue.id, done: false });
    expect((await prisma.interaction.findUniqueOrThrow({ where: { id: overdue.id } })).followUpDone).toBe(false);
  });

  it('an interaction without a follow-up date cannot be marked done', async () => {
    const plain = await createInteraction(org.actors.coordinator, { kind: 'TEXT', summary: 'Texted', personIds: [org.people.ana.id] });
    await expect(setFollowUpDone(org.actors.coordinator, { id: plain.id, done: true })).rejects.toMatchObject(notFound);
  });
});
