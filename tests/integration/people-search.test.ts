import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPeople } from '@/lib/data/people/list';
import { globalSearch, searchPeople, searchPeopleInScope } from '@/lib/data/people/search';
import { RANK_WINDOW } from '@/lib/data/people/search-rank';
import { searchPeopleToLink } from '@/lib/data/admin/users';
import { displayName } from '@/lib/format/person-name';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// Search as you type: accents and case folded, e-mail fragments and phone digits, always within
// the actor's scope.

const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  const { ana, beto } = org.people;
  await prisma.person.create({ data: { givenName: 'José', familyName: 'Ávila', preferredName: 'Pepe', wardId: org.ward.id } });
  await prisma.person.create({ data: { givenName: 'Małgorzata', familyName: "O'Brien-Zając", precinctId: org.precincts.p1.id } });
  await prisma.personEmail.create({ data: { personId: ana.id, email: 'ana.nunez77@example.org', isPrimary: true } });
  await prisma.personPhone.create({ data: { personId: beto.id, e164: '+17735550123', isPrimary: true } });
});
afterAll(() => prisma.$disconnect());

const found = async (q: string, actor = org.actors.admin) => (await searchPeople(actor, q)).map((p) => p.name);

describe('search as you type', () => {
  it('folds accents and case in names, and matches the start of any name', async () => {
    expect(await found('Jose')).toEqual(['Pepe Ávila']);
    expect(await found('avi')).toEqual(['Pepe Ávila']);
    expect(await found('pepe')).toEqual(['Pepe Ávila']);
    expect(await found('nunez')).toEqual(['Ana Núñez']);
    expect(await found('NÚÑ')).toEqual(['Ana Núñez']);
    expect(await found('ana nu')).toEqual(['Ana Núñez']);
    expect(await found('malgo')).toEqual(["Małgorzata O'Brien-Zając"]);
    expect(await found('zajac')).toEqual(["Małgorzata O'Brien-Zając"]);
    expect(await found('brien')).toEqual(["Małgorzata O'Brien-Zając"]);
    // A prefix, not any substring: "nez" is inside Núñez but starts no name.
    expect(await found('nez')).toEqual([]);
    expect(await found('ana zz')).toEqual([]);
  });

  it('finds e-mail fragments and phone digits however they are typed', async () => {
    expect(await found('nunez77')).toEqual(['Ana Núñez']);
    expect(await found('ana.nunez77@example.org')).toEqual(['Ana Núñez']);
    expect(await found('5550123')).toEqual(['Beto Ramírez']);
    expect(await found('(773) 555-0123')).toEqual(['Beto Ramírez']);
    expect(await found('+1 773 555 0123')).toEqual(['Beto Ramírez']);
    expect(await found('0123')).toEqual(['Beto Ramírez']);
    expect(await found('9999')).toEqual([]);
  });

  it('treats what is typed as words, never as query syntax', async () => {
    for (const q of ["a' & b", '!:*', '%', '_', "'); DROP TABLE person; --", 'a | b', '\\']) {
      await expect(searchPeople(org.actors.admin, q)).resolves.toBeInstanceOf(Array);
    }
    expect(await found('%')).toEqual([]);
  });

  it('never finds anyone out of the actor scope', async () => {
    const coordinator = org.actors.coordinator;
    expect(await found('nunez', coordinator)).toEqual(['Ana Núñez']);
    expect(await found('ramirez', coordinator)).toEqual([]);
    expect(await found('5550123', coordinator)).toEqual([]);
    expect(await found('santos', org.actors.member)).toEqual(['Eli Santos']);
    expect(await found('nunez', org.actors.member)).toEqual([]);
  });

  it('searches the people table the same way, within scope and filters', async () => {
    const table = async (q: string, actor = org.actors.admin, extra = {}) =>
      (await listPeople(actor, { pageSize: 50, q, ...extra })).rows.map(displayName);
    expect(await table('jose')).toEqual(['Pepe Ávila']);
    expect(await table('5550123')).toEqual(['Beto Ramírez']);
    expect(await table('5550123', org.actors.coordinator)).toEqual([]);
    expect(await table('a', org.actors.admin, { precinctId: org.precincts.p1.id })).toEqual(['Ana Núñez']);
    expect((await listPeople(org.actors.coordinator, { pageSize: 50, q: 'ramirez' })).total).toBe(0);
  });
});

describe('the pickers, which search the same way', () => {
  it("the interaction form's picker folds accents, stays in scope and leaves out the people already picked", async () => {
    const { ana, beto } = org.people;
    expect(await searchPeopleInScope(org.actors.admin, { q: 'NUÑ' })).toEqual([{ id: ana.id, name: 'Ana Núñez', place: '25-1' }]);
    expect(await searchPeopleInScope(org.actors.admin, { q: 'nunez', exclude: [ana.id, beto.id] })).toEqual([]);
    expect((await searchPeopleInScope(org.actors.admin, { q: '(773) 555-0123' })).map((p) => p.id)).toEqual([beto.id]);
    expect(await searchPeopleInScope(org.actors.coordinator, { q: 'ramirez' })).toEqual([]);
    expect((await searchPeopleInScope(org.actors.member, { q: 'santos' })).map((p) => p.name)).toEqual(['Eli Santos']);
  });

  it("the invitation's picker offers leadership only the people who have no account yet", async () => {
    // Dora is the member's own record: she has an account already.
    expect(await searchPeopleToLink(org.actors.admin, 'quispe')).toEqual([]);
    expect(await searchPeopleToLink(org.actors.admin, 'santos')).toEqual([{ id: org.people.eli.id, name: 'Eli Santos', place: null }]);
    expect((await searchPeopleToLink(org.actors.admin, 'jose')).map((p) => p.name)).toEqual(['Pepe Ávila']);
    await expect(searchPeopleToLink(org.actors.coordinator, 'santos')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the shell search box', () => {
  it('finds circles and organizations the actor may see, and people, by name', async () => {
    const admin = await globalSearch(org.actors.admin, 'escuela');
    expect(admin.circles.map((c) => c.name)).toEqual(['LSC Escuela Ficticia']);
    expect((await globalSearch(org.actors.admin, 'tenants')).organizations.map((o) => o.name)).toEqual(['Tenants United (fictional)']);
    // The coordinator is assigned circle A only, and no organization.
    expect((await globalSearch(org.actors.coordinator, 'escuela')).circles).toEqual([]);
    expect((await globalSearch(org.actors.coordinator, 'sierra')).circles.map((c) => c.name)).toEqual(['Club Sierra Alta']);
    expect((await globalSearch(org.actors.coordinator, 'tenants')).organizations).toEqual([]);
    expect((await globalSearch(org.actors.member, 'tenants')).organizations).toEqual([]);
    expect((await globalSearch(org.actors.coordinator, 'ana')).people.map((p) => p.id)).toEqual([org.people.ana.id]);
  });

  it('gives the search page as many people as it asks for, in one search', async () => {
    const all = await globalSearch(org.actors.admin, 'a', { people: 25 });
    expect(all.people.length).toBeGreaterThan(1);
    const one = await globalSearch(org.actors.admin, 'a', { people: 1 });
    expect(one.people.map((p) => p.id)).toEqual([all.people[0]!.id]);
  });
});

describe('the order of the suggestions', () => {
  it('puts an exact first or family name first, then the beginnings of names, then nicknames and fragments', async () => {
    const make = (givenName: string, familyName: string, preferredName: string | null = null) =>
      prisma.person.create({ data: { givenName, familyName, preferredName, wardId: org.ward.id } });
    // By name alone these would come Acosta, Aguilar, Benítez, Zavala: the Josés were last.
    await make('Josefina', 'Aguilar');
    await make('José', 'Acosta', 'Pepe');
    await make('Josefa', 'Benítez', 'Pepa');
    const jose = await make('José', 'Zavala');
    await make('María José', 'Ybarra');
    await make('Ana', 'José');
    const fragment = await make('Rita', 'Castro');
    await prisma.personEmail.create({ data: { personId: fragment.id, email: 'josefa.fan@example.org', isPrimary: true } });
    expect(await found('jose')).toEqual(['Ana José', 'María José Ybarra', 'José Zavala', 'Josefina Aguilar', 'Pepe Acosta', 'Pepe Ávila', 'Pepa Benítez', 'Rita Castro']);
    // Two words: both whole words of the name shown come first.
    expect((await found('jose zav'))[0]).toBe('José Zavala');
    expect((await found('JOSÉ ZAVALA'))).toEqual(['José Zavala']);
    // The shell's box and the search page rank the same way.
    expect((await globalSearch(org.actors.admin, 'jose')).people[0]!.name).toBe('Ana José');
    expect((await searchPeopleInScope(org.actors.admin, { q: 'jose', exclude: [jose.id] })).map((p) => p.name).slice(0, 2)).toEqual(['Ana José', 'María José Ybarra']);
  });

  it('ranks as well past the window of matches it ranks by name, and ranks them all when nicknames crowd that window', async () => {
    // More "Marta"s than the window, all sorting before the one "Mar" and the three "Marisol"s.
    const many = (n: number, name: (i: number) => { givenName: string; familyName: string; preferredName?: string }) =>
      prisma.person.createMany({ data: Array.from({ length: n }, (_, i) => ({ ...name(i), wardId: org.ward.id })) });
    await many(RANK_WINDOW + 5, (i) => ({ givenName: 'Marta', familyName: `Aaron ${String(i).padStart(3, '0')}` }));
    await prisma.person.create({ data: { givenName: 'Mar', familyName: 'Zúñiga', wardId: org.ward.id } });
    expect((await found('mar')).slice(0, 3)).toEqual(['Mar Zúñiga', 'Marta Aaron 000', 'Marta Aaron 001']);
    // A window's worth of nicknames ("Nena", given name Marina) sort first: the Marías still lead.
    await many(RANK_WINDOW + 5, (i) => ({ givenName: 'Marina', preferredName: 'Nena', familyName: `Abad ${String(i).padStart(3, '0')}` }));
    await many(2, (i) => ({ givenName: 'Marisol', familyName: `Zapata ${i}` }));
    expect(await found('mari')).toEqual(['María José Ybarra', 'Marisol Zapata 0', 'Marisol Zapata 1', 'Nena Abad 000', 'Nena Abad 001', 'Nena Abad 002', 'Nena Abad 003', 'Nena Abad 004']);
  });
});
