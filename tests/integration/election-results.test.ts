import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getResultsByPrecinct, importElectionResults, listResultSets } from '@/lib/data/ward/election-results';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;
beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

const GOOD = ['ward,precinct,registered,ballots,Garza,Whitfield', '25,1,812,301,190,111', '25,2,640,"1,204",0,0'].join('\n');
const GOOD_FIXED = ['Ward,Precinct,Registered,Ballots,Garza,Whitfield', '25,1,812,301,190,111', '25,2,640,233,150,83', '12,9,500,100,60,40'].join('\r\n');

describe('election results import', () => {
  it('imports a file whole, links the precincts Leaven knows, and keeps unknown ones as given', async () => {
    const result = await importElectionResults(org.actors.admin, { name: '2027 general', csv: GOOD_FIXED });
    expect(result).toMatchObject({ ok: true, rows: 3, matched: 2, voteColumns: ['Garza', 'Whitfield'], replaced: false });
    const sets = await listResultSets(org.actors.coordinator);
    expect(sets.map((s) => [s.name, s._count.results])).toEqual([['2027 general', 3]]);
    const byPrecinct = (await getResultsByPrecinct(org.actors.admin, sets[0]!.id)).byPrecinct;
    expect(byPrecinct.get(org.precincts.p2.id)).toMatchObject({ registered: 640, ballots: 233, votes: [150, 83] });
  });

  it('refuses a malformed file with the line and the reason, and writes nothing (the old import stays)', async () => {
    // Line 3 claims more ballots than registered voters.
    const result = await importElectionResults(org.actors.admin, { name: '2027 general', csv: GOOD });
    expect(result).toEqual({ ok: false, error: { line: 3, reason: 'ballotsOverRegistered' } });
    const bad = ['ward,precinct,registered,ballots,Garza', '25,1,812,301,190', '25,2,640,233,many', '25,3,1,1,1'].join('\n');
    expect(await importElectionResults(org.actors.admin, { name: 'other', csv: bad })).toEqual({
      ok: false,
      error: { line: 3, reason: 'notANumber', column: 'Garza' },
    });
    expect(await prisma.electionResultSet.count()).toBe(1);
    expect(await prisma.electionResult.count()).toBe(3);
    const still = await prisma.electionResult.findFirstOrThrow({ where: { precinctId: org.precincts.p2.id } });
    expect(still.ballots).toBe(233);
  });

  it('a file that fails in the database midway leaves nothing half-imported', async () => {
    // Passes the parser, then a vote count beyond Postgres' integer range fails the insert of the second batch.
    const lines = ['ward,precinct,registered,ballots'];
    for (let i = 1; i <= 2100; i++) lines.push(`99,${i},10,5`);
    lines[2050] = '99,2050,999999999,999999999';
    await prisma.$executeRawUnsafe('ALTER TABLE election_result ADD CONSTRAINT test_small CHECK (registered < 999999999)');
    try {
      await expect(importElectionResults(org.actors.admin, { name: 'big', csv: lines.join('\n') })).rejects.toThrow();
    } finally {
      await prisma.$executeRawUnsafe('ALTER TABLE election_result DROP CONSTRAINT test_small');
    }
    expect(await prisma.electionResultSet.count({ where: { name: 'big' } })).toBe(0);
    expect(await prisma.electionResult.count({ where: { wardNumber: 99 } })).toBe(0);
  });

  it('replaces an import of the same name; only leadership imports', async () => {
    const again = ['ward,precinct,registered,ballots,Garza,Whitfield', '25,1,812,400,200,200'].join('\n');
    expect(await importElectionResults(org.actors.admin, { name: '2027 general', csv: again })).toMatchObject({ ok: true, rows: 1, replaced: true });
    expect(await prisma.electionResult.count()).toBe(1);
    await expect(importElectionResults(org.actors.coordinator, { name: 'x', csv: again })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listResultSets(org.actors.member)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
