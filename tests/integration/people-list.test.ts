import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TActor } from '@/lib/access/actor';
import { listPeople, type TListPeopleInput } from '@/lib/data/people/list';
import { listPeopleFilterOptions } from '@/lib/data/people/options';
import { displayName } from '@/lib/format/person-name';
import { PEOPLE_SORTS, type TPeopleCursor } from '@/lib/validation/search-params';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// The people table's data: filters, sorts, keyset pages and counts, and that a coordinator never
// sees anyone out of scope in the rows, the count or the filter choices.

const prisma = testClient();
let org: TSmallOrg;
let tags: { driver: string; cook: string };
let p3: string;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  const { ana, beto, carla, dora, eli, fer } = org.people;
  await prisma.person.update({ where: { id: ana.id }, data: { ladderStage: 'LEADER', memberSince: day('2020-01-01'), registeredVoter: 'YES' } });
  await prisma.person.update({ where: { id: dora.id }, data: { ladderStage: 'MEMBER', memberSince: day('2022-05-01') } });
  await prisma.person.update({ where: { id: beto.id }, data: { ladderStage: 'VOLUNTEER', preferredLanguage: 'en', registeredVoter: 'NO' } });
  // A person with no precinct whose name sorts first only once its accent is folded.
  await prisma.person.create({ data: { givenName: 'José', familyName: 'Ávila', wardId: org.ward.id } });
  p3 = (await prisma.precinct.create({ data: { wardId: org.ward.id, number: 3 } })).id;
  await prisma.person.update({ where: { id: fer.id }, data: { precinctId: p3 } });
  const driver = await prisma.tag.create({ data: { name: 'driver' } });
  const cook = await prisma.tag.create({ data: { name: 'cook' } });
  tags = { driver: driver.id, cook: cook.id };
  await prisma.personTag.createMany({ data: [{ personId: ana.id, tagId: driver.id }, { personId: beto.id, tagId: driver.id }, { personId: beto.id, tagId: cook.id }] });
  const followUp = (personId: string, followUpOn: Date, followUpDone = false) =>
    prisma.interaction.create({
      data: { occurredAt: day('2025-01-01'), kind: 'CALL', summary: 'Call', loggedById: org.users.admin.id, followUpOn, followUpDone, people: { create: [{ personId }] } },
    });
  await followUp(carla.id, day('2020-01-01'));
  await followUp(fer.id, day('2020-01-01'), true);
  await followUp(eli.id, day('2999-01-01'));
  // The coordinator reaches Ana two ways (her circle, and a contact they logged): she is still one row.
  await prisma.interaction.create({
    data: { occurredAt: day('2025-02-01'), kind: 'ONE_ON_ONE', summary: 'Coffee', loggedById: org.users.coordinator.id, people: { create: [{ personId: ana.id }] } },
  });
});
afterAll(() => prisma.$disconnect());

// Every list is read both ways the data layer can read a page; both must give the same answer.
async function names(actor: TActor, input: Partial<TListPeopleInput> = {}) {
  const [walk, gather] = await Promise.all(
    (['walk', 'gather'] as const).map(async (strategy) => (await listPeople(actor, { pageSize: 100, ...input, strategy })).rows.map(displayName)),
  );
  expect(gather).toEqual(walk);
  return walk!;
}

describe('filters', () => {
  it('narrow the table by each column and relation, for leadership', async () => {
    const admin = org.actors.admin;
    const { p1, p2 } = org.precincts;
    expect(await names(admin, { precinctId: p1.id })).toEqual(['Ana Núñez']);
    expect(await names(admin, { precinctId: p2.id })).toEqual(['Dora Quispe', 'Beto Ramírez']);
    expect(await names(admin, { wardId: org.ward.id })).toHaveLength(7);
    expect(await names(admin, { circleId: org.circles.circleA.id })).toEqual(['Ana Núñez', 'Dora Quispe']);
    expect(await names(admin, { organizationId: org.org.id })).toEqual(['Carla Peña']);
    expect(await names(admin, { stage: 'LEADER' })).toEqual(['Ana Núñez']);
    expect(await names(admin, { tagId: tags.cook })).toEqual(['Beto Ramírez']);
    expect(await names(admin, { language: 'en' })).toEqual(['Beto Ramírez']);
    expect(await names(admin, { voter: 'NO' })).toEqual(['Beto Ramírez']);
    // Due today or earlier and not done: Carla's. Fer's is done; Eli's is in the future.
    expect(await names(admin, { followUpDue: true })).toEqual(['Carla Peña']);
    expect(await names(admin, { tagId: tags.driver, voter: 'YES' })).toEqual(['Ana Núñez']);
  });
});

describe('sorting', () => {
  it('sorts names with accents and case folded, both ways', async () => {
    const expected = ['José Ávila', 'Fer Lucero', 'Ana Núñez', 'Carla Peña', 'Dora Quispe', 'Beto Ramírez', 'Eli Santos'];
    expect(await names(org.actors.admin)).toEqual(expected);
    expect(await names(org.actors.admin, { dir: 'desc' })).toEqual([...expected].reverse());
  });

  it('puts people without a member-since date or a precinct last in either direction', async () => {
    const admin = org.actors.admin;
    expect((await names(admin, { sort: 'memberSince' })).slice(0, 2)).toEqual(['Ana Núñez', 'Dora Quispe']);
    expect((await names(admin, { sort: 'memberSince', dir: 'desc' })).slice(0, 2)).toEqual(['Dora Quispe', 'Ana Núñez']);
    const byPrecinct = ['Ana Núñez', 'Dora Quispe', 'Beto Ramírez', 'Fer Lucero', 'José Ávila', 'Carla Peña', 'Eli Santos'];
    expect(await names(admin, { sort: 'precinct' })).toEqual(byPrecinct);
    expect(await names(admin, { sort: 'precinct', dir: 'desc' })).toEqual(['Fer Lucero', 'Beto Ramírez', 'Dora Quispe', 'Ana Núñez', 'Eli Santos', 'Carla Peña', 'José Ávila']);
    // With a filter through another table the query takes another shape; the order must not change.
    expect(await names(admin, { sort: 'precinct', tagId: tags.driver })).toEqual(['Ana Núñez', 'Beto Ramírez']);
  });

  it('sorts by ladder stage, then name', async () => {
    expect((await names(org.actors.admin, { sort: 'stage', dir: 'desc' })).slice(0, 3)).toEqual(['Ana Núñez', 'Dora Quispe', 'Beto Ramírez']);
  });
});

describe('keyset pages', () => {
  it('walk forward and back through every sort without losing or repeating anyone, reading pages either way', async () => {
    const admin = org.actors.admin;
    for (const sort of PEOPLE_SORTS) {
      for (const [dir, strategy] of [['asc', 'walk'], ['desc', 'walk'], ['asc', 'gather'], ['desc', 'gather']] as const) {
        const all = (await listPeople(admin, { sort, dir, pageSize: 100 })).rows.map((r) => r.id);
        const forward: string[] = [];
        let after: TPeopleCursor | undefined;
        for (let i = 0; i < 10; i++) {
          const page = await listPeople(admin, { sort, dir, pageSize: 2, after, strategy });
          forward.push(...page.rows.map((r) => r.id));
          expect(page.previous === null, `${sort} ${dir} page ${i}`).toBe(i === 0);
          if (!page.next) break;
          after = page.next;
        }
        expect(forward, `${sort} ${dir} ${strategy}`).toEqual(all);

        // From the last page back to the first, by "previous".
        const backward: string[][] = [];
        let page = await listPeople(admin, { sort, dir, pageSize: 2, last: true, strategy });
        expect(page.next).toBeNull();
        backward.unshift(page.rows.map((r) => r.id));
        while (page.previous) {
          page = await listPeople(admin, { sort, dir, pageSize: 2, before: page.previous, strategy });
          backward.unshift(page.rows.map((r) => r.id));
        }
        expect(backward.flat(), `${sort} ${dir} ${strategy} backward`).toEqual(all);
      }
    }
  });

  it('starts at the first page when the cursor belongs to another sort or was tampered with', async () => {
    const admin = org.actors.admin;
    const first = await names(admin, { pageSize: 2 });
    const next = (await listPeople(admin, { pageSize: 2 })).next!;
    expect(await names(admin, { pageSize: 2, sort: 'stage', after: next })).toEqual(await names(admin, { pageSize: 2, sort: 'stage' }));
    expect(await names(admin, { pageSize: 2, after: { ...next, key: ["x'); DROP TABLE person; --", 'not-a-uuid'] } })).toEqual(first);
    expect(await names(admin, { pageSize: 2, sort: 'updated', after: { sort: 'updated', dir: 'asc', key: ['yesterday', next.key[1]!] } })).toEqual(
      await names(admin, { pageSize: 2, sort: 'updated' }),
    );
  });
});

describe('a coordinator', () => {
  it('sees only the people in scope, in the rows and in the count, each once', async () => {
    expect(await names(org.actors.coordinator)).toEqual(['Ana Núñez', 'Dora Quispe']);
    expect(await names(org.actors.coordinator, { sort: 'stage', precinctId: org.precincts.p1.id })).toEqual(['Ana Núñez']);
    const list = await listPeople(org.actors.coordinator, { pageSize: 100 });
    expect(list.rows.map(displayName)).toEqual(['Ana Núñez', 'Dora Quispe']);
    expect(list.total).toBe(2);
    expect(list.totalCapped).toBe(false);
    // Beto wears the cook tag, out of scope: filtering by it shows no one rather than him.
    expect((await listPeople(org.actors.coordinator, { pageSize: 100, tagId: tags.cook })).total).toBe(0);
    expect(await names(org.actors.coordinator, { sort: 'precinct' })).toEqual(['Ana Núñez', 'Dora Quispe']);
  });

  it('cannot learn who belongs to a circle out of scope by filtering on it: the filter is dropped', async () => {
    const list = await listPeople(org.actors.coordinator, { pageSize: 100, circleId: org.circles.circleB.id });
    expect(list.rows.map(displayName)).toEqual(['Ana Núñez', 'Dora Quispe']);
    expect(await names(org.actors.coordinator, { organizationId: org.org.id })).toEqual(['Ana Núñez', 'Dora Quispe']);
  });

  it('is offered only the circles, tags and precincts within scope', async () => {
    const options = await listPeopleFilterOptions(org.actors.coordinator);
    expect(options.circles.map((c) => c.name)).toEqual(['Club Sierra Alta']);
    expect(options.organizations).toEqual([]);
    expect(options.tags.map((t) => t.name)).toEqual(['driver']);
    expect(options.precincts.map((p) => p.number)).toEqual([1, 2]);
    expect(options.languages).toEqual(['es']);

    const all = await listPeopleFilterOptions(org.actors.admin);
    expect(all.precincts.map((p) => p.id)).toContain(p3);
    expect(all.tags.map((t) => t.name)).toEqual(['cook', 'driver']);
    expect(all.languages).toEqual(['en', 'es']);
  });
});

describe('a member', () => {
  it('lists only their own people and is offered no circles or organizations to filter by', async () => {
    expect(await names(org.actors.member)).toEqual(['Dora Quispe', 'Eli Santos']);
    expect(await names(org.actors.member, { circleId: org.circles.circleA.id })).toEqual(['Dora Quispe', 'Eli Santos']);
    const options = await listPeopleFilterOptions(org.actors.member);
    expect(options.circles).toEqual([]);
    expect(options.organizations).toEqual([]);
    expect(options.allTags).toEqual([]);
  });

  it('cannot learn which of their people have a follow-up due: members see no interactions, so the filter is dropped', async () => {
    await prisma.interaction.create({
      data: { occurredAt: day('2025-01-02'), kind: 'CALL', summary: 'Call', loggedById: org.users.admin.id, followUpOn: day('2020-01-02'), people: { create: [{ personId: org.people.dora.id }] } },
    });
    expect(await names(org.actors.admin, { followUpDue: true })).toContain('Dora Quispe');
    expect(await names(org.actors.member, { followUpDue: true })).toEqual(['Dora Quispe', 'Eli Santos']);
  });
});

describe('the follow-up filter', () => {
  it("counts as due what is due on the organization's day, not the database server's", async () => {
    const { beto, dora } = org.people;
    const made = await Promise.all(
      [[dora.id, '2027-06-30'], [beto.id, '2027-07-01']].map(([personId, on]) =>
        prisma.interaction.create({ data: { occurredAt: day('2027-06-01'), kind: 'CALL', summary: 'Call', loggedById: org.users.admin.id, followUpOn: day(on!), people: { create: [{ personId: personId! }] } } }),
      ),
    );
    // 9 p.m. on 30 June in Chicago: already 1 July on a server that keeps UTC.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-07-01T02:00:00Z') });
    try {
      expect(await names(org.actors.admin, { followUpDue: true })).toEqual(['Carla Peña', 'Dora Quispe']);
    } finally {
      vi.useRealTimers();
      await prisma.interaction.deleteMany({ where: { id: { in: made.map((m) => m.id) } } });
    }
  });
});
