import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPeopleToCsv } from '@/lib/data/exports/people-csv';
import { listPeople, type TPeopleView } from '@/lib/data/people/list';
import { detectDelimiter, parseCsv } from '@/lib/import/csv-parse';
import type { TPeopleCursor } from '@/lib/validation/search-params';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// The CSV export of the people table is "the current view": the same rows as the table's pages,
// end to end, in the same order, for a filtered, searched and sorted view. Both read the view
// through one builder (viewQuery / viewWhere); this proves the two agree on real data.

const prisma = testClient();
let org: TSmallOrg;
let tag: string;
const PAGE = 25;

const GIVEN = ['María', 'Mario', 'Marta', 'Ana', 'José', 'Lucía', 'Marcos', 'Beto'];
const FAMILY = ['Núñez', 'Martínez', 'Peña', 'Ávila', 'Ramírez'];
const STAGES = ['CONTACT', 'SUPPORTER', 'VOLUNTEER', 'MEMBER'] as const;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  const { p1, p2 } = org.precincts;
  tag = (await prisma.tag.create({ data: { name: 'vecina' } })).id;
  // 240 people: every name twice or more (ties broken by id), three places, four stages, a tag on three in four.
  for (let i = 0; i < 240; i++) {
    const person = await prisma.person.create({
      data: {
        givenName: GIVEN[i % GIVEN.length]!,
        familyName: FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!,
        wardId: org.ward.id,
        precinctId: [p1.id, p2.id, null][i % 3]!,
        ladderStage: STAGES[Math.floor(i / 3) % STAGES.length]!,
        memberSince: i % 5 ? new Date(Date.UTC(2020, i % 12, 1 + (i % 27))) : null,
      },
    });
    if (i % 4 !== 1) await prisma.personTag.create({ data: { personId: person.id, tagId: tag } });
  }
  // Someone in the trash matches everything: neither the table nor the export may show them.
  const gone = await prisma.person.create({ data: { givenName: 'Marisol', familyName: 'Núñez', wardId: org.ward.id, precinctId: p1.id, ladderStage: 'SUPPORTER', deletedAt: new Date() } });
  await prisma.personTag.create({ data: { personId: gone.id, tagId: tag } });
});
afterAll(() => prisma.$disconnect());

/** Every page of the table for a view, followed by its "next" links, as ids. */
async function tableIds(view: TPeopleView): Promise<string[]> {
  const ids: string[] = [];
  let after: TPeopleCursor | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await listPeople(org.actors.admin, { ...view, pageSize: PAGE, after });
    ids.push(...page.rows.map((r) => r.id));
    if (!page.next) return ids;
    after = page.next;
  }
  throw new Error('the table never reached its last page');
}

async function exportIds(view: TPeopleView): Promise<string[]> {
  const csv = await new Response(await exportPeopleToCsv(org.actors.admin, view)).text();
  const rows: string[][] = [];
  parseCsv(csv, detectDelimiter(csv), (cells) => void rows.push(cells));
  expect(rows[0]![0]).toBe('leaven_id');
  return rows.slice(1).map((r) => r[0]!);
}

describe('the CSV export of the people table', () => {
  const views: [string, TPeopleView][] = [
    ['searched, filtered, by precinct descending', { q: 'mar', tagId: '', sort: 'precinct', dir: 'desc' }],
    ['searched with an accent, filtered, by member-since', { q: 'núñez', tagId: '', sort: 'memberSince', dir: 'asc' }],
    ['filtered without a search, by stage descending', { tagId: '', precinctId: '', sort: 'stage', dir: 'desc' }],
    ['everyone, by name', {}],
  ];
  for (const [label, template] of views) {
    it(`holds exactly the table's rows, in its order: ${label}`, async () => {
      // The ids exist only once the data does; '' above marks where they go.
      const view: TPeopleView = {
        ...template,
        ...(template.tagId !== undefined ? { tagId: tag } : {}),
        ...(template.precinctId !== undefined ? { precinctId: org.precincts.p2.id } : {}),
      };
      const table = await tableIds(view);
      const exported = await exportIds(view);
      expect(exported).toEqual(table);
      // A view that is more than one page, and (but for "everyone") narrower than everyone: the filters were applied.
      expect(table.length).toBeGreaterThan(PAGE);
      if (Object.keys(template).length) expect(table.length).toBeLessThan(240);
      const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'EXPORT', entityType: 'people_csv' }, orderBy: { at: 'desc' } });
      expect(audit).toMatchObject({ actorUserId: org.users.admin.id, entityId: String(table.length) });
    });
  }
});
