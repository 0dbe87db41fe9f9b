import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMyFollowUps } from '@/lib/data/interactions/follow-ups';
import { createInteraction, snoozeFollowUp } from '@/lib/data/interactions/interactions';
import { dateColumn } from '@/lib/format/dates';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// "My follow-ups" as a triage: overdue, this week, later; a follow-up snoozed to another day moves
// there (and is audited), only by someone who may see it.

const prisma = testClient();
let org: TSmallOrg;
const NOW = new Date('2026-03-11T18:00:00Z'); // a Wednesday, early afternoon on the organization's clock (Chicago)
const notFound = { code: 'NOT_FOUND' };
const log = (summary: string, followUpOn: string) =>
  createInteraction(org.actors.coordinator, { kind: 'CALL', summary, personIds: [org.people.ana.id], followUpOn: dateColumn(followUpOn), occurredAt: new Date('2026-03-01T15:00:00Z') });

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

describe('follow-ups triage', () => {
  it('groups open follow-ups: overdue, this week (today and the six days after), later', async () => {
    await log('Long overdue', '2026-02-01');
    await log('Overdue', '2026-03-10');
    await log('Today', '2026-03-11');
    await log('Next Tuesday', '2026-03-17');
    await log('In two weeks', '2026-03-25');
    const { groups, counts } = await listMyFollowUps(org.actors.coordinator, { view: 'open', now: NOW });
    const summaries = (k: keyof typeof groups) => groups[k].map((i) => i.summary);
    expect(summaries('overdue')).toEqual(['Long overdue', 'Overdue']);
    expect(summaries('thisWeek')).toEqual(['Today', 'Next Tuesday']);
    expect(summaries('later')).toEqual(['In two weeks']);
    expect(counts).toMatchObject({ open: 5, overdue: 2, dueToday: 1 });
  });

  it('snoozes a follow-up to another day, audited; it then sits in that day’s group', async () => {
    const target = await prisma.interaction.findFirstOrThrow({ where: { summary: 'Long overdue' } });
    await snoozeFollowUp(org.actors.coordinator, { id: target.id, until: dateColumn('2026-03-16') });
    const { groups } = await listMyFollowUps(org.actors.coordinator, { view: 'open', now: NOW });
    expect(groups.overdue.map((i) => i.summary)).toEqual(['Overdue']);
    expect(groups.thisWeek.map((i) => i.summary)).toEqual(['Today', 'Long overdue', 'Next Tuesday']);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: target.id, action: 'UPDATE' } });
    expect(audit.changedFields).toEqual(['followUpOn']);
  });

  it('refuses a follow-up out of scope, or one already done, and members', async () => {
    const other = await createInteraction(org.actors.admin, { kind: 'CALL', summary: 'Beto', personIds: [org.people.beto.id], followUpOn: dateColumn('2026-03-12') });
    await expect(snoozeFollowUp(org.actors.coordinator, { id: other.id, until: dateColumn('2026-03-20') })).rejects.toMatchObject(notFound);
    await expect(snoozeFollowUp(org.actors.member, { id: other.id, until: dateColumn('2026-03-20') })).rejects.toMatchObject(notFound);
    const done = await log('Done already', '2026-03-12');
    await prisma.interaction.update({ where: { id: done.id }, data: { followUpDone: true } });
    await expect(snoozeFollowUp(org.actors.coordinator, { id: done.id, until: dateColumn('2026-03-20') })).rejects.toMatchObject(notFound);
    expect((await prisma.interaction.findUniqueOrThrow({ where: { id: other.id } })).followUpOn).toEqual(dateColumn('2026-03-12'));
  });
});
