import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPeople, PEOPLE_COUNT_CAP } from '@/lib/data/people/list';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// Past the cap the table says "10,000+" instead of counting a large organization row by row.

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  await prisma.$executeRaw`INSERT INTO person (given_name, family_name, ladder_stage)
    SELECT 'Persona', 'Número ' || i, CASE WHEN i % 100 = 0 THEN 'LEADER'::"LadderStage" ELSE 'CONTACT'::"LadderStage" END
    FROM generate_series(1, ${PEOPLE_COUNT_CAP}) i`;
});
afterAll(() => prisma.$disconnect());

describe('the count of the people table', () => {
  it('stops at the cap and says there are more', async () => {
    const all = await listPeople(org.actors.admin, { pageSize: 25 });
    expect(all.total).toBe(PEOPLE_COUNT_CAP);
    expect(all.totalCapped).toBe(true);
    expect(all.rows).toHaveLength(25);
  });

  it('is exact below the cap', async () => {
    const leaders = await listPeople(org.actors.admin, { pageSize: 25, stage: 'LEADER' });
    expect(leaders.total).toBe(PEOPLE_COUNT_CAP / 100);
    expect(leaders.totalCapped).toBe(false);
  });

  it('reaches the last page through its reversed order, not by counting the pages before it', async () => {
    const last = await listPeople(org.actors.admin, { pageSize: 25, last: true });
    expect(last.next).toBeNull();
    expect(last.previous).not.toBeNull();
    // Names sort by family name, folded: "santos eli" comes after every "numero ...".
    expect(last.rows.at(-1)?.familyName).toBe('Santos');
  });
});
