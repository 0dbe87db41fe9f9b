import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeImportPool } from '@/lib/db/pools';
import { startImportMerge } from '@/lib/data/imports/commands';
import { getImport, getImportPlacement, listProblemRows, previewImport } from '@/lib/data/imports/reads';
import { stageUpload } from '@/lib/data/imports/stage';
import { drainImportJobs } from '@/lib/jobs/worker';
import { utf8 } from '../support/csv-files';
import { runImport } from '../support/imports';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// Issue 12, item 10: an import places new people by their street address when someone on record
// there has a precinct, and says how many it could not place; each new person's Source is
// readable and can be changed at the review; the preview's verdict on a row is the check's.

const prisma = testClient();
let org: TSmallOrg;
const anSource = (tool: string | null) => (tool === 'actionNetwork' ? 'Action Network import, march.csv' : 'Import of march.csv');
const byEmail = (email: string) => prisma.person.findFirst({ where: { emails: { some: { email } } } });

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  await prisma.person.update({ where: { id: org.people.ana.id }, data: { street: '2710 S. Avenida Ñandú, Apt 3' } });
  await prisma.person.update({ where: { id: org.people.beto.id }, data: { street: '1801 W Cenzontle St' } });
  await prisma.personEmail.create({ data: { personId: org.people.carla.id, email: 'carla@example.org', isPrimary: true } });
});
afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
});

describe('placing new people by their address', () => {
  it('gives a new person the precinct of someone on record at the same address, folded; the review counts who stays without', async () => {
    const file = [
      'first_name,last_name,email,address,zip_code',
      'Rosa,Ruiz,rosa@example.org,2710 South Avenida Nandu #2,60608', // Ana's building: precinct 1
      'Tomás,Ruiz,tomas@example.org,1801 West Cenzontle Street,60608', // Beto's: precinct 2
      'Lidia,Paz,lidia@example.org,99 Nowhere Ave,60608', // nobody known there
      'Iván,Soto,ivan@example.org,,60608', // a ZIP code only
    ].join('\n');
    const review = await runImport(org.actors.admin, file, { stopAt: 'review' });
    expect(await getImportPlacement(org.actors.admin, review.id)).toEqual({ placed: 2, unplaced: 2 });
    await startImportMerge(org.actors.admin, review.id, 'FILL');
    await drainImportJobs();
    expect((await byEmail('rosa@example.org'))!.precinctId).toBe(org.precincts.p1.id);
    expect((await byEmail('tomas@example.org'))).toMatchObject({ precinctId: org.precincts.p2.id, wardId: org.ward.id });
    expect((await byEmail('lidia@example.org'))!.precinctId).toBeNull();
  });

  it('with only ZIP codes, every new person is counted as without a precinct', async () => {
    const review = await runImport(org.actors.admin, 'first_name,email,zip_code\nUna,una@example.org,60608\nDos,dos@example.org,60623', { stopAt: 'review' });
    expect(await getImportPlacement(org.actors.admin, review.id)).toEqual({ placed: 0, unplaced: 2 });
  });
});

describe('the new people’s Source', () => {
  it('reads as the tool and the file, and is what the leader leaves or changes it to at the review', async () => {
    const file = 'uuid,first_name,last_name,email,zip_code,can2_subscription_status\nx1,Nora,Vega,nora@example.org,60608,subscribed';
    const review = await runImport(org.actors.admin, file, { stopAt: 'review', fileName: 'march.csv', describeSource: anSource });
    expect(review).toMatchObject({ tool: 'actionNetwork', source: 'Action Network import, march.csv' });
    await startImportMerge(org.actors.admin, review.id, 'FILL');
    await drainImportJobs();
    expect((await byEmail('nora@example.org'))!.source).toBe('Action Network import, march.csv');

    const again = await runImport(org.actors.admin, file.replace(/nora/g, 'nina'), { stopAt: 'review', fileName: 'march.csv', describeSource: anSource });
    await startImportMerge(org.actors.admin, again.id, 'FILL', { source: 'Spring canvass sign-ups' });
    await drainImportJobs();
    expect((await byEmail('nina@example.org'))!.source).toBe('Spring canvass sign-ups');
  });
});

describe('the preview and the check agree', () => {
  it('a row with no name is shown as the check will treat it: refused when it is nobody, an update when it is someone', async () => {
    const file = ['first_name,email', 'Pilar,pilar@example.org', ',stranger@example.org', ',carla@example.org'].join('\n');
    const { id } = await stageUpload(org.actors.admin, { fileName: 'nameless.csv', bytes: utf8(file) });
    const imp = await getImport(org.actors.admin, id);
    const { rows } = await previewImport(org.actors.admin, id, imp.mapping);
    expect(rows.map((r) => [r.line, r.outcome, r.row.problems])).toEqual([
      [2, 'NEW', []],
      [3, 'BAD', ['name.missing']],
      [4, 'MATCH', []],
    ]);
    // The preview kept nothing.
    expect(await prisma.importStaged.count({ where: { importId: { not: id }, line: { in: [2, 3, 4] }, emails: { has: 'stranger@example.org' } } })).toBe(0);
    const review = await runImport(org.actors.admin, file, { stopAt: 'review' });
    const bad = await listProblemRows(org.actors.admin, review.id);
    expect(bad.map((r) => [r.line, r.outcome, r.problems])).toEqual([[3, 'BAD', ['name.missing']]]);
    expect(review).toMatchObject({ newCount: 1, matchedCount: 1, badCount: 1 });
  });
});
