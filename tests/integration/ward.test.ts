import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TActor } from '@/lib/access/actor';
import { getLadder, getMembershipGrowth, listFollowUpsDue } from '@/lib/data/ward/dashboard';
import { getPrecinctTable, listPrecincts } from '@/lib/data/ward/precincts';
import type { LadderStage } from '@/lib/generated/prisma/enums';
import { buildSmallOrg, SINCE, testClient, type TSmallOrg } from '../support/small-org';

// A small ward whose figures are worked out by hand below, then compared with what the
// precinct table and the dashboard compute.

const prisma = testClient();
let org: TSmallOrg;
const NOW = new Date('2027-06-15T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
const ids: Record<string, string> = {};

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  const { ward } = org;
  const p3 = await prisma.precinct.create({ data: { wardId: ward.id, number: 3 } });
  const p4 = await prisma.precinct.create({ data: { wardId: ward.id, number: 4 } });
  const person = async (key: string, precinctId: string, ladderStage: LadderStage, memberSince: string | null = null) => {
    const p = await prisma.person.create({
      data: { givenName: key, precinctId, wardId: ward.id, ladderStage, memberSince: memberSince ? new Date(memberSince) : null },
    });
    ids[key] = p.id;
    return p;
  };
  // Precinct 3: a leader, a member, two contacts. Precinct 4: one supporter.
  await person('Lupe', p3.id, 'LEADER', '2024-01-10');
  await person('Mateo', p3.id, 'MEMBER', '2025-06-20');
  await person('Nina', p3.id, 'CONTACT');
  await person('Omar', p3.id, 'CONTACT');
  await person('Pilar', p4.id, 'SUPPORTER', '2026-06-01'); // a member-since date, but not a member now: not counted
  await prisma.precinct.update({ where: { id: p3.id }, data: { captainId: ids.Lupe } });
  // Two circles present in precinct 3 (X has two of its people, Y one); a deleted circle does not count.
  const x = await prisma.circle.create({ data: { name: 'Circle X', kind: 'INFORMAL' } });
  const y = await prisma.circle.create({ data: { name: 'Circle Y', kind: 'FAITH' } });
  const gone = await prisma.circle.create({ data: { name: 'Gone', kind: 'OTHER', deletedAt: NOW } });
  await prisma.circleMembership.createMany({
    data: [
      { circleId: x.id, personId: ids.Lupe!, since: SINCE }, { circleId: x.id, personId: ids.Nina!, since: SINCE }, { circleId: y.id, personId: ids.Omar!, since: SINCE },
      { circleId: gone.id, personId: ids.Mateo!, since: SINCE }, { circleId: y.id, personId: ids.Pilar!, since: SINCE },
    ],
  });
  // Two ties inside precinct 3, one across to precinct 4 (not inside either).
  const pair = (a: string, b: string) => (ids[a]! < ids[b]! ? { personAId: ids[a]!, personBId: ids[b]! } : { personAId: ids[b]!, personBId: ids[a]! });
  await prisma.relationship.createMany({
    data: [{ ...pair('Lupe', 'Mateo'), kind: 'FRIEND' }, { ...pair('Nina', 'Omar'), kind: 'FAMILY' }, { ...pair('Lupe', 'Pilar'), kind: 'NEIGHBOUR' }],
  });
  // Three contacts in the last 90 days in precinct 3 (one with two of its people counts once), one older.
  const log = (days: number, people: string[]) =>
    prisma.interaction.create({
      data: { occurredAt: daysAgo(days), kind: 'CALL', summary: 'call', loggedById: org.users.admin.id, people: { create: people.map((k) => ({ personId: ids[k]! })) } },
    });
  await log(5, ['Lupe', 'Mateo']);
  await log(30, ['Nina']);
  await log(89, ['Omar']);
  await log(100, ['Lupe']);
  // Membership history: besides Lupe (2024-01, before the 25 months shown) and Mateo (2025-06):
  const member = (key: string, since: string, stage: LadderStage = 'MEMBER', deletedAt: Date | null = null) =>
    prisma.person.create({ data: { givenName: key, ladderStage: stage, memberSince: new Date(since), deletedAt } });
  for (const k of ['A', 'B']) await member(k, '2026-06-05');
  for (let i = 0; i < 12; i++) await member(`C${i}`, '2027-02-10');
  for (let i = 0; i < 4; i++) await member(`D${i}`, '2027-06-01', i === 0 ? 'LEADER' : 'MEMBER');
  await member('Deleted', '2027-06-02', 'MEMBER', NOW); // in the trash: not counted
  // Ladder moves: two up within 90 days, one down, one entry, one too old.
  await prisma.ladderChange.createMany({
    data: [
      { personId: ids.Nina!, fromStage: 'CONTACT', toStage: 'SUPPORTER', changedAt: daysAgo(10) },
      { personId: ids.Mateo!, fromStage: 'VOLUNTEER', toStage: 'MEMBER', changedAt: daysAgo(60) },
      { personId: ids.Omar!, fromStage: 'SUPPORTER', toStage: 'CONTACT', changedAt: daysAgo(20) },
      { personId: ids.Omar!, fromStage: null, toStage: 'SUPPORTER', changedAt: daysAgo(30) },
      { personId: ids.Pilar!, fromStage: 'CONTACT', toStage: 'SUPPORTER', changedAt: daysAgo(120) },
    ],
  });
});
afterAll(() => prisma.$disconnect());

describe('precinct strength', () => {
  it('counts each term and scores precinct 3 as worked out by hand', async () => {
    const rows = await listPrecincts(org.actors.admin, NOW);
    const p3 = rows.find((r) => r.number === 3)!;
    expect(p3).toMatchObject({ residents: 4, members: 2, leaders: 1, circles: 2, relationships: 2, interactions: 3, captain: true });
    // 4 people + 3×2 members + 5×1 leader + 4×2 circles + 2×2 ties + 3 contacts + 10 for the captain
    expect(p3.strength).toBe(4 + 6 + 5 + 8 + 4 + 3 + 10);
    expect(p3.captainName).toMatchObject({ givenName: 'Lupe' });
    const p4 = rows.find((r) => r.number === 4)!;
    expect(p4).toMatchObject({ residents: 1, members: 0, circles: 1, relationships: 0, interactions: 0, captain: false, strength: 1 + 4 });
  });

  it('counts only the people in the actor scope, and hides a captain out of scope', async () => {
    const p4 = (await prisma.precinct.findFirstOrThrow({ where: { number: 4 } })).id;
    const coordinator: TActor = { ...org.actors.coordinator, scope: { circleIds: [], organizationIds: [], precinctIds: [p4] } };
    const rows = await listPrecincts(coordinator, NOW);
    const p3 = rows.find((r) => r.number === 3)!;
    expect(p3).toMatchObject({ residents: 0, members: 0, relationships: 0, interactions: 0, captain: true, captainName: null, strength: 10 });
    expect(rows.find((r) => r.number === 4)).toMatchObject({ residents: 1, strength: 5 });
  });
});

describe('snapshots', () => {
  it('serve the same figures for two minutes, and never one scope another scope\'s', async () => {
    const first = await getPrecinctTable(org.actors.admin);
    const again = await getPrecinctTable(org.actors.admin);
    expect(again.computedAt).toEqual(first.computedAt);
    expect(again.rows).toEqual(first.rows);
    const coordinator = await getPrecinctTable(org.actors.coordinator);
    expect(coordinator.rows.find((r) => r.number === 3)?.residents).toBe(0);
    expect(first.rows.find((r) => r.number === 3)?.residents).toBe(4);
    await expect(getPrecinctTable(org.actors.member)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Once older than two minutes, the figures are computed again.
    await prisma.statSnapshot.updateMany({ data: { computedAt: new Date(Date.now() - 3 * 60_000) } });
    expect((await getPrecinctTable(org.actors.admin)).computedAt.getTime()).toBeGreaterThan(first.computedAt.getTime());
  });
});

describe('growth', () => {
  it('counts members at the end of each month and the year-on-year factor', async () => {
    const { series, factor } = await getMembershipGrowth(org.actors.admin, NOW);
    expect(series).toHaveLength(25);
    expect(series[0]).toEqual({ month: '2025-06', members: 2 }); // Lupe (2024) and Mateo (June 2025)
    const at = (m: string) => series.find((s) => s.month === m)?.members;
    expect(at('2026-05')).toBe(2);
    expect(at('2026-06')).toBe(4); // + A, B
    expect(at('2027-02')).toBe(16); // + 12
    expect(at('2027-06')).toBe(20); // + 4; not Pilar (a supporter now), not the deleted member
    expect(factor).toBe(5); // 20 now over 4 a year before
  });

  it('counts people by stage and the moves up in the last 90 days', async () => {
    const ladder = await getLadder(org.actors.admin, NOW);
    const by = Object.fromEntries(ladder.map((l) => [l.stage, [l.people, l.movedUp]]));
    // The small org's six contacts + Nina and Omar; Pilar; Mateo + A, B + 12 C + D1-D3; Lupe + D0.
    // Moves up: Nina to supporter (10 days), Mateo to member (60); not Omar's fall or entry, not Pilar's (120 days).
    expect(by).toEqual({ CONTACT: [8, 0], SUPPORTER: [1, 1], VOLUNTEER: [0, 0], MEMBER: [1 + 2 + 12 + 3, 1], LEADER: [2, 0] });
  });

  it('a coordinator sees growth only within their scope', async () => {
    const { series } = await getMembershipGrowth(org.actors.coordinator, NOW);
    expect(series.at(-1)?.members).toBe(0);
  });
});

describe("the organization's day, not the server's", () => {
  // 9 p.m. on 30 June in Chicago: 2 a.m. on 1 July in UTC.
  const evening = new Date('2027-07-01T02:00:00Z');

  it('ends the growth chart at the month it still is in Chicago', async () => {
    const { series } = await getMembershipGrowth(org.actors.admin, evening);
    expect(series.at(-1)?.month).toBe('2027-06');
  });

  it("counts a follow-up for tomorrow as due only once tomorrow has come in Chicago", async () => {
    const followUp = (summary: string, day: string) =>
      prisma.interaction.create({ data: { occurredAt: daysAgo(1), kind: 'CALL', summary, loggedById: org.users.admin.id, followUpOn: new Date(`${day}T00:00:00Z`) } });
    await followUp('due on the 30th', '2027-06-30');
    await followUp('due on the 1st', '2027-07-01');
    const due = async (now: Date) => (await listFollowUpsDue(org.actors.admin, now, 50)).rows.map((r) => r.summary).filter((s) => s.startsWith('due on'));
    expect(await due(evening)).toEqual(['due on the 30th']);
    expect(await due(new Date('2027-07-01T05:00:00Z'))).toEqual(['due on the 30th', 'due on the 1st']);
  });
});
