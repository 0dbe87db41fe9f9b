import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listScopeOptions, setUserScope } from '@/lib/data/admin/users';
import { getImport } from '@/lib/data/imports/reads';
import { addImportPlaces, listUnknownPlaces } from '@/lib/data/imports/unknown-places';
import { createPersonFromApi, getPersonForApi } from '@/lib/data/osdi/people';
import { loadPlaceList } from '@/lib/data/places/ensure';
import { createPrecinct, createWard, deletePrecinct, deleteWard, listWardPrecincts, listWards, updatePrecinct, updateWard } from '@/lib/data/places/places';
import { listPeople } from '@/lib/data/people/list';
import { listPrecincts } from '@/lib/data/ward/precincts';
import { importElectionResults } from '@/lib/data/ward/election-results';
import { closeImportPool } from '@/lib/db/pools';
import { drainImportJobs } from '@/lib/jobs/worker';
import { DEFAULT_ORG_LOCALE } from '@/lib/format/org-locale';
import { osdiPersonInput } from '@/lib/osdi/schemas';
import { utf8, windows1252 } from '../support/csv-files';
import { runImport } from '../support/imports';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// Places a real organization manages itself: one by one, from a city's list, and from the files
// and requests that name them, once leadership confirms. Every link survives a rename.

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
});

/** A city's list: 50 wards of 25 to 27 precincts (1,290 in all), as Excel writes it in Spanish. */
function cityList(): string {
  const lines = ['Distrito;Precinto;Nombre'];
  for (let ward = 1; ward <= 50; ward++) {
    const count = ward <= 40 ? 26 : 25;
    for (let p = 1; p <= count; p++) lines.push(`${ward};${p};${ward === 33 && p === 1 ? 'Parroquia Nuestra Señora' : ''}`);
  }
  return lines.join('\r\n');
}

describe('a list of places', () => {
  it("loads a city's 50 wards and 1,290 precincts in one go, from Windows-1252 with semicolons, and again changes nothing", async () => {
    const first = await loadPlaceList(org.actors.admin, windows1252(cityList()));
    // Ward 25 and its precincts 1 and 2 were there already (the small organization's).
    expect(first).toEqual({ ok: true, wards: 49, precincts: 1288, renamed: 0 });
    expect(await prisma.precinct.count()).toBe(1290);
    expect(await prisma.precinct.findFirst({ where: { number: 1, ward: { number: 33 } }, select: { name: true } })).toEqual({ name: 'Parroquia Nuestra Señora' });
    expect(await loadPlaceList(org.actors.admin, windows1252(cityList()))).toEqual({ ok: true, wards: 0, precincts: 0, renamed: 0 });
    expect(await prisma.auditEvent.count({ where: { entityType: 'precinct', action: 'CREATE' } })).toBe(1288);
  });

  it('renames a precinct the list names, keeping its people', async () => {
    const result = await loadPlaceList(org.actors.admin, utf8('ward,precinct,name\n25,1,Pilsen Este\n'));
    expect(result).toEqual({ ok: true, wards: 0, precincts: 0, renamed: 1 });
    const p1 = await prisma.precinct.findUniqueOrThrow({ where: { id: org.precincts.p1.id }, include: { people: true } });
    expect(p1.name).toBe('Pilsen Este');
    expect(p1.people.map((p) => p.id)).toContain(org.people.ana.id);
  });

  it('refuses a list with bad lines, naming each, and writes nothing', async () => {
    const before = await prisma.precinct.count();
    const result = await loadPlaceList(org.actors.admin, utf8('ward,precinct\n51,1\nx,2\n52,0\n52,3\n'));
    expect(result).toEqual({ ok: false, problems: [{ line: 3, reason: 'ward' }, { line: 4, reason: 'precinct' }] });
    expect(await prisma.precinct.count()).toBe(before);
    expect(await prisma.ward.count({ where: { number: 51 } })).toBe(0);
  });

  it('is for leadership only', async () => {
    for (const actor of [org.actors.coordinator, org.actors.member]) {
      await expect(loadPlaceList(actor, utf8('60,1\n'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(listWards(actor)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(createWard(actor, { number: 60, name: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await prisma.ward.count({ where: { number: 60 } })).toBe(0);
  });
});

describe('one place at a time', () => {
  it('renames and renumbers a precinct, and sets its captain and team, every link kept', async () => {
    const { ana, dora } = org.people;
    await setUserScope(org.actors.admin, org.users.coordinator.id, { circleIds: [org.circles.circleA.id], organizationIds: [], precinctIds: [org.precincts.p2.id] });
    await updatePrecinct(org.actors.admin, { id: org.precincts.p2.id, number: 92, name: 'La Villita', captainId: ana.id, teamCircleId: org.circles.circleB.id });
    const { precincts } = await listWardPrecincts(org.actors.admin, org.ward.id);
    expect(precincts.find((p) => p.id === org.precincts.p2.id)).toMatchObject({
      number: 92, name: 'La Villita', captain: { id: ana.id, name: 'Ana Núñez' }, team: { id: org.circles.circleB.id, name: 'LSC Escuela Ficticia' }, people: 2,
    });
    // Dora still lives there, the coordinator's scope still names it, the ward picture shows it.
    expect((await prisma.person.findUniqueOrThrow({ where: { id: dora.id } })).precinctId).toBe(org.precincts.p2.id);
    expect((await prisma.scope.findFirstOrThrow({ where: { userId: org.users.coordinator.id, precinctId: { not: null } } })).precinctId).toBe(org.precincts.p2.id);
    const row = (await listPrecincts(org.actors.admin)).find((p) => p.id === org.precincts.p2.id);
    expect(row).toMatchObject({ ward: 25, number: 92, name: 'La Villita', residents: 2, captain: true });
    // Keeping the captain as is, or removing them.
    await updatePrecinct(org.actors.admin, { id: org.precincts.p2.id, number: 2, name: null, captainId: undefined, teamCircleId: null });
    expect((await prisma.precinct.findUniqueOrThrow({ where: { id: org.precincts.p2.id } })).captainId).toBe(ana.id);
    await updatePrecinct(org.actors.admin, { id: org.precincts.p2.id, number: 2, name: null, captainId: null, teamCircleId: null });
    expect((await prisma.precinct.findUniqueOrThrow({ where: { id: org.precincts.p2.id } })).captainId).toBeNull();
  });

  it('refuses a number another place has, next to the field', async () => {
    await expect(updatePrecinct(org.actors.admin, { id: org.precincts.p2.id, number: 1, name: null, captainId: undefined, teamCircleId: null })).rejects.toMatchObject({
      code: 'INVALID', message: 'placeTaken', details: { field: 'number' },
    });
    await expect(createWard(org.actors.admin, { number: 25, name: 'Twice' })).rejects.toMatchObject({ code: 'INVALID', message: 'placeTaken' });
    await updateWard(org.actors.admin, { id: org.ward.id, number: 25, name: '25th Ward (Pilsen)' });
    expect((await prisma.ward.findUniqueOrThrow({ where: { id: org.ward.id } })).name).toBe('25th Ward (Pilsen)');
  });

  it('deletes a precinct with people only by moving them, their ward following, each move audited', async () => {
    const ward = await createWard(org.actors.admin, { number: 70, name: null });
    const from = await createPrecinct(org.actors.admin, { wardId: ward.id, number: 1, name: null });
    const mover = await prisma.person.create({ data: { givenName: 'Moisés', precinctId: from.id, wardId: ward.id } });
    await expect(deletePrecinct(org.actors.admin, { id: from.id, moveTo: null })).rejects.toMatchObject({ code: 'INVALID', message: 'precinctHasPeople', details: { count: 1 } });
    await expect(deleteWard(org.actors.admin, ward.id)).rejects.toMatchObject({ code: 'INVALID', message: 'wardHasPrecincts' });
    expect(await deletePrecinct(org.actors.admin, { id: from.id, moveTo: org.precincts.p1.id })).toEqual({ moved: 1, wardId: ward.id });
    expect(await prisma.person.findUniqueOrThrow({ where: { id: mover.id } })).toMatchObject({ precinctId: org.precincts.p1.id, wardId: org.ward.id, version: 2 });
    expect(await prisma.auditEvent.count({ where: { entityId: mover.id, action: 'UPDATE', changedFields: { equals: ['precinctId'] } } })).toBe(1);
    await deleteWard(org.actors.admin, ward.id);
    expect(await prisma.ward.count({ where: { number: 70 } })).toBe(0);
  });

  it('are what a coordinator’s scope is chosen from', async () => {
    const made = await prisma.precinct.findFirstOrThrow({ where: { number: 5, ward: { number: 12 } } });
    expect((await listScopeOptions(org.actors.admin)).precincts).toContainEqual({ id: made.id, name: '12-5' });
    const neighbour = await prisma.person.create({ data: { givenName: 'Vecina', familyName: 'Del Doce', precinctId: made.id, wardId: made.wardId } });
    await setUserScope(org.actors.admin, org.users.coordinator.id, { circleIds: [], organizationIds: [], precinctIds: [made.id] });
    const coordinator = { ...org.actors.coordinator, scope: { circleIds: [], organizationIds: [], precinctIds: [made.id] } };
    expect((await listPeople(coordinator, { pageSize: 20, precinctId: made.id })).rows.map((r) => r.id)).toEqual([neighbour.id]);
  });
});

describe('places a file or a request names', () => {
  it("are listed in an import's review, and added only when leadership confirms; the file is checked again", async () => {
    const file = 'Nombre,Correo,Distrito,Precinto\nPaz,paz@example.org,61,4\nLuz,luz@example.org,61,5\nSol,sol@example.org,25,1\nMar,mar@example.org,,7\n';
    const review = await runImport(org.actors.admin, file, { stopAt: 'review' });
    expect(review).toMatchObject({ status: 'REVIEW', newCount: 1, badCount: 3 });
    // 61-4 and 61-5 can be added; a bare "7" names no ward, so it stays a row to fix.
    expect(await listUnknownPlaces(org.actors.admin, review.id)).toEqual({ places: [{ ward: 61, precinct: 4 }, { ward: 61, precinct: 5 }], rows: 2 });
    expect(await prisma.ward.count({ where: { number: 61 } })).toBe(0);
    await expect(addImportPlaces(org.actors.coordinator, review.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await addImportPlaces(org.actors.admin, review.id);
    await drainImportJobs();
    expect(await getImport(org.actors.admin, review.id)).toMatchObject({ status: 'REVIEW', newCount: 3, badCount: 1 });
    expect(await prisma.precinct.count({ where: { ward: { number: 61 } } })).toBe(2);
  });

  it('through the OSDI API, with ?create_precinct=true from a leadership token only', async () => {
    const person = osdiPersonInput(DEFAULT_ORG_LOCALE).parse({ given_name: 'Api', family_name: 'Nueva', custom_fields: { precinct: '62-3' } });
    await expect(createPersonFromApi(org.actors.admin, person)).rejects.toMatchObject({ code: 'INVALID', message: expect.stringContaining('create_precinct=true') });
    await expect(createPersonFromApi(org.actors.coordinator, person, [], { createPrecinct: true })).rejects.toMatchObject({ code: 'INVALID', message: expect.stringContaining('only a leadership token') });
    expect(await prisma.ward.count({ where: { number: 62 } })).toBe(0);
    const id = await createPersonFromApi(org.actors.admin, person, [], { createPrecinct: true });
    expect((await getPersonForApi(org.actors.admin, id)).precinct).toEqual({ number: 3, ward: { number: 62 } });
  });

  it('from election results, when leadership confirms, in the same transaction as the results', async () => {
    const csv = 'ward,precinct,registered,ballots,Garza\n25,1,800,300,200\n63,1,500,100,60\n63,2,400,90,50\n';
    const first = await importElectionResults(org.actors.admin, { name: '2027 primary', csv });
    expect(first).toMatchObject({ ok: true, rows: 3, matched: 1, unmatched: ['63-1', '63-2'], added: 0 });
    const again = await importElectionResults(org.actors.admin, { name: '2027 primary', csv, createPrecincts: true });
    expect(again).toMatchObject({ ok: true, rows: 3, matched: 3, unmatched: [], added: 2, replaced: true });
    await expect(importElectionResults(org.actors.coordinator, { name: 'x', csv, createPrecincts: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
