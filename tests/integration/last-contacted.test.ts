import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInteraction } from '@/lib/data/interactions/interactions';
import { setAttendance } from '@/lib/data/mobilizations/check-in';
import { listPeople, type TListPeopleInput } from '@/lib/data/people/list';
import { exportPeopleToCsv } from '@/lib/data/exports/people-csv';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// Last contacted: the newest logged contact or check-in of each person, kept on the person row by
// the database (so every write path keeps it, imports and merges included), and the people table's
// filter ("not contacted in N days", "never"), column, sort and CSV field over it; "speaks" over
// the languages spoken as well as the preferred one.

const prisma = testClient();
let org: TSmallOrg;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
const lastOf = async (id: string) => (await prisma.person.findUniqueOrThrow({ where: { id }, select: { lastContactedAt: true } })).lastContactedAt;
const ids = async (input: Partial<TListPeopleInput>) => (await listPeople(org.actors.admin, { pageSize: 100, ...input })).rows.map((r) => r.id);

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

describe('last contacted is kept by the database', () => {
  it('starts empty, takes the newest logged contact, and ignores an older one logged later', async () => {
    const { ana, carla } = org.people;
    expect(await lastOf(ana.id)).toBeNull();
    await createInteraction(org.actors.admin, { kind: 'CALL', summary: 'Recent call', occurredAt: daysAgo(10), personIds: [ana.id, carla.id] });
    const recent = (await prisma.interaction.findFirstOrThrow({ where: { summary: 'Recent call' } })).occurredAt;
    expect(await lastOf(ana.id)).toEqual(recent);
    await createInteraction(org.actors.admin, { kind: 'DOOR', summary: 'Old door knock', occurredAt: daysAgo(200), personIds: [ana.id] });
    expect(await lastOf(ana.id)).toEqual(recent);
    expect(await lastOf(carla.id)).toEqual(recent);
  });

  it('goes back to the one before when a contact is removed (a purge removes interactions)', async () => {
    const { beto } = org.people;
    await createInteraction(org.actors.admin, { kind: 'CALL', summary: 'Beto, long ago', occurredAt: daysAgo(120), personIds: [beto.id] });
    const { id } = await createInteraction(org.actors.admin, { kind: 'CALL', summary: 'Beto, lately', occurredAt: daysAgo(5), personIds: [beto.id] });
    expect((await lastOf(beto.id))!.getTime()).toBeGreaterThan(daysAgo(6).getTime());
    await prisma.interaction.delete({ where: { id } });
    const older = (await prisma.interaction.findFirstOrThrow({ where: { summary: 'Beto, long ago' } })).occurredAt;
    expect(await lastOf(beto.id)).toEqual(older);
  });

  it('counts a check-in at a mobilization as contact', async () => {
    const { fer } = org.people;
    const m = await prisma.mobilization.create({ data: { name: 'March', kind: 'RALLY', startsAt: daysAgo(1), goal: 10 } });
    const c = await prisma.commitment.create({ data: { mobilizationId: m.id, personId: fer.id, status: 'CONFIRMED' } });
    expect(await lastOf(fer.id)).toBeNull();
    await setAttendance(org.actors.admin, { commitmentId: c.id, attended: true });
    const checkedIn = (await prisma.commitment.findUniqueOrThrow({ where: { id: c.id } })).checkedInAt!;
    expect(await lastOf(fer.id)).toEqual(checkedIn);
    // Undoing a check-in by mistake takes it back.
    await setAttendance(org.actors.admin, { commitmentId: c.id, attended: false });
    expect(await lastOf(fer.id)).toBeNull();
  });
});

describe('the people table over it', () => {
  it('"not contacted in 60 days" keeps the long-quiet and the never-contacted, in keyset pages', async () => {
    const { ana, beto, carla, dora, eli, fer } = org.people;
    const quiet = await ids({ quiet: 60 });
    expect(quiet).not.toContain(ana.id);
    expect(quiet).not.toContain(carla.id);
    expect(quiet).toEqual(expect.arrayContaining([beto.id, dora.id, eli.id, fer.id]));
    const never = await ids({ quiet: 'never' });
    expect(never).toEqual(expect.arrayContaining([dora.id, eli.id, fer.id]));
    expect(never).not.toContain(beto.id);
  });

  it('sorts by last contact, never contacted first, and pages through it the same whichever way a page is read', async () => {
    const { ana, beto } = org.people;
    const all = await ids({ sort: 'contacted', dir: 'asc' });
    expect(all.indexOf(beto.id)).toBeLessThan(all.indexOf(ana.id));
    const never = await ids({ quiet: 'never' });
    expect(all.slice(0, never.length).sort()).toEqual([...never].sort());
    for (const strategy of ['walk', 'gather'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const walked: string[] = [];
        let after: TListPeopleInput['after'];
        for (let page = 0; page < 10; page++) {
          const list = await listPeople(org.actors.admin, { sort: 'contacted', dir, pageSize: 2, after, strategy });
          walked.push(...list.rows.map((r) => r.id));
          if (!list.next) break;
          after = list.next;
        }
        expect(walked).toEqual(dir === 'asc' ? all : await ids({ sort: 'contacted', dir: 'desc' }));
      }
    }
  });

  it('shows last contacted on each row', async () => {
    const rows = (await listPeople(org.actors.admin, { pageSize: 100 })).rows;
    const ana = rows.find((r) => r.id === org.people.ana.id)!;
    expect(ana.lastContactedAt).toEqual(await lastOf(org.people.ana.id));
  });

  it('"speaks" takes the languages spoken as well as the preferred one', async () => {
    const { eli, fer, ana } = org.people;
    await prisma.person.update({ where: { id: eli.id }, data: { preferredLanguage: 'en', languages: ['en', 'es'] } });
    await prisma.person.update({ where: { id: fer.id }, data: { preferredLanguage: 'en', languages: [] } });
    const spanish = await ids({ speaks: 'es' });
    expect(spanish).toContain(eli.id);
    expect(spanish).toContain(ana.id);
    expect(spanish).not.toContain(fer.id);
    expect(await ids({ language: 'es' })).not.toContain(eli.id);
  });

  it('exports the view with a last_contacted column', async () => {
    const stream = await exportPeopleToCsv(org.actors.admin, { quiet: 60, speaks: 'es', sort: 'contacted' });
    const text = await new Response(stream).text();
    const [header, ...lines] = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header).toContain('"last_contacted"');
    expect(lines.some((l) => l.includes(org.people.ana.id))).toBe(false);
    expect(lines.some((l) => l.includes(org.people.beto.id))).toBe(true);
  });

  it('tells a member nothing of it: members see no interactions, so the filter, the sort and the column are dropped', async () => {
    const member = org.actors.member;
    await createInteraction(org.actors.admin, { kind: 'CALL', summary: 'Eli, this week', occurredAt: daysAgo(3), personIds: [org.people.eli.id] });
    const mine = async (input: Partial<TListPeopleInput>) => (await listPeople(member, { pageSize: 100, ...input })).rows;
    const all = await mine({});
    expect(all.map((r) => r.id)).toContain(org.people.eli.id);
    expect((await mine({ quiet: 'never' })).map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect((await mine({ quiet: 60 })).map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect((await mine({ sort: 'contacted', dir: 'desc' })).map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect(all.every((r) => r.lastContactedAt === null)).toBe(true);
  });
});
