import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeImportPool } from '@/lib/db/pools';
import { startImportWorker } from '@/lib/jobs/worker';
import { listTrash } from '@/lib/data/people/trash-list';
import { PURGE_LOCK, unsafePurgeExpiredTrash, purgePersonNow } from '@/lib/data/people/trash';
import { buildSmallOrg, SINCE, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;
let sql: pg.Client;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  sql = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await sql.connect();
});
afterAll(async () => {
  await sql.end();
  await closeImportPool();
  await prisma.$disconnect();
});

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

/** Every column that can hold a person's id (uuid or uuid[]), foreign key or not, from the catalog: a table added later is covered. */
async function idColumns(): Promise<{ table: string; column: string; array: boolean }[]> {
  const { rows } = await sql.query<{ table_name: string; column_name: string; udt_name: string }>(
    `SELECT c.table_name, c.column_name, c.udt_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = current_schema() AND c.udt_name IN ('uuid', '_uuid')`,
  );
  return rows.map((r) => ({ table: r.table_name, column: r.column_name, array: r.udt_name === '_uuid' }));
}

/** Rows anywhere that still name one of `ids`: every foreign key to person, and every other uuid column. */
async function referencesTo(ids: string[]): Promise<string[]> {
  const found: string[] = [];
  // The foreign keys to person, read from pg_constraint, so a table added later is checked too.
  const { rows: fks } = await sql.query<{ table: string; column: string }>(
    `SELECT con.conrelid::regclass::text AS table, a.attname AS column
       FROM pg_constraint con JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = ANY(con.conkey)
      WHERE con.contype = 'f' AND con.confrelid = 'person'::regclass`,
  );
  expect(fks.length).toBeGreaterThan(10);
  const columns = [...fks.map((f) => ({ ...f, array: false })), ...(await idColumns())];
  for (const c of columns) {
    const test = c.array ? `"${c.column}" && $1::uuid[]` : `"${c.column}" = ANY($1::uuid[])`;
    const { rows } = await sql.query<{ n: string }>(`SELECT count(*) AS n FROM ${c.table.startsWith('"') ? c.table : `"${c.table}"`} WHERE ${test}`, [ids]);
    if (Number(rows[0]!.n) > 0) found.push(`${c.table}.${c.column}: ${rows[0]!.n}`);
  }
  return [...new Set(found)];
}

/** Rows in any table whose text contains `value` (the whole row cast to text: every column, JSON included). */
async function rowsContaining(value: string): Promise<string[]> {
  const { rows: tables } = await sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  const found: string[] = [];
  for (const { name } of tables) {
    const { rows } = await sql.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}" x WHERE x::text ILIKE '%' || $1 || '%'`, [value]);
    if (Number(rows[0]!.n) > 0) found.push(name);
  }
  return found;
}

async function interaction(summary: string, personIds: string[], organizationId: string | null = null) {
  return prisma.interaction.create({
    data: { occurredAt: daysAgo(50), kind: 'CALL', summary, loggedById: org.users.admin.id, organizationId, people: { create: personIds.map((personId) => ({ personId })) } },
  });
}

const tie = (a: string, b: string) => {
  const [lo, hi] = [a, b].sort();
  return prisma.relationship.create({ data: { personAId: lo!, personBId: hi!, kind: 'FRIEND' } });
};

describe('the periodic trash purge', () => {
  it('removes exactly the people past the retention, with everything that points at them, in one audited step', async () => {
    const { ana, beto, fer } = org.people;
    // Zacarías: deleted 40 days ago, linked to everything a person can be linked to.
    const zac = await prisma.person.create({
      data: {
        givenName: 'Zacarías',
        familyName: 'Purgadoquez',
        notes: 'Prefiere llamadas por la tarde',
        deletedAt: daysAgo(40),
        emails: { create: [{ email: 'zacarias.purgadoquez@example.org', isPrimary: true }] },
        phones: { create: [{ e164: '+17735550999', isPrimary: true }] },
      },
    });
    // Yolanda: deleted 31 days ago; Xavi: deleted 5 days ago (not due); Wendy: restored.
    const yol = await prisma.person.create({ data: { givenName: 'Yolanda', familyName: 'Borradiz', deletedAt: daysAgo(31) } });
    const xavi = await prisma.person.create({
      data: { givenName: 'Xavi', familyName: 'Esperández', deletedAt: daysAgo(5), emails: { create: [{ email: 'xavi.esperandez@example.org' }] } },
    });
    const wendy = await prisma.person.create({ data: { givenName: 'Wendy', familyName: 'Vuelta', deletedAt: null } });
    const purged = [zac.id, yol.id];

    const tag = await prisma.tag.create({ data: { name: 'chofer' } });
    await prisma.personTag.create({ data: { personId: zac.id, tagId: tag.id } });
    await prisma.circleMembership.create({ data: { circleId: org.circles.circleA.id, personId: zac.id, role: 'LEADER', since: SINCE } });
    await prisma.affiliation.create({ data: { organizationId: org.org.id, personId: zac.id, isPointPerson: true } });
    const tieAna = await tie(zac.id, ana.id);
    await tie(zac.id, yol.id);
    const tieXavi = await tie(xavi.id, ana.id);
    const bus = await prisma.mobilization.create({ data: { name: 'Bus a Springfield', kind: 'BUS_TRIP', startsAt: daysAgo(-10), goal: 40 } });
    await prisma.commitment.create({ data: { mobilizationId: bus.id, personId: zac.id, needsNote: 'Necesita intérprete de mixteco' } });
    const betoCommitment = await prisma.commitment.create({ data: { mobilizationId: bus.id, personId: beto.id, askedById: zac.id } });
    await prisma.ladderChange.create({ data: { personId: zac.id, toStage: 'VOLUNTEER' } });
    const anaLadder = await prisma.ladderChange.create({ data: { personId: ana.id, toStage: 'MEMBER', creditedId: zac.id } });
    await prisma.person.update({ where: { id: fer.id }, data: { recruitedById: zac.id } });
    await prisma.precinct.update({ where: { id: org.precincts.p1.id }, data: { captainId: zac.id } });
    const zacUser = await prisma.user.create({ data: { email: 'zac@test.example.org', role: 'MEMBER', passwordHash: 'x', personId: zac.id } });
    // An import that updated Zacarías kept his row as it was, to undo itself; its staging names him as a match.
    const imp = await prisma.import.create({ data: { fileName: 'lista.csv', encoding: 'utf-8', delimiter: ',', status: 'DONE', finishedAt: daysAgo(0) } });
    await prisma.importPerson.create({
      data: { importId: imp.id, personId: zac.id, created: false, versionAfter: 2, previous: { givenName: 'Zacarías', familyName: 'Purgadoquez' }, previousEmails: ['zacarias.purgadoquez@example.org'] },
    });
    await prisma.importStaged.create({ data: { importId: imp.id, line: 2, cluster: 2, outcome: 'MATCH', matched: [zac.id, ana.id] } });
    await prisma.statSnapshot.create({ data: { key: 'precincts:v1:all', computedAt: new Date(), payload: { captain: 'Zacarías Purgadoquez' } } });

    const onlyZac = await interaction('Llamada a Z.', [zac.id]);
    const zacAndAna = await interaction('Reunión del club', [zac.id, ana.id]);
    const zacAndYol = await interaction('Visita a los dos', [zac.id, yol.id]);
    const zacForOrg = await interaction('Contacto con inquilinos', [zac.id], org.org.id);
    const xaviOnly = await interaction('Llamada a X.', [xavi.id]);

    // The checks below can fail: before the purge, they find him everywhere.
    const before = await referencesTo(purged);
    expect(before).toEqual(expect.arrayContaining(['person.recruited_by_id: 1', 'precinct.captain_id: 1', 'import_staged.matched: 1', 'ladder_change.credited_id: 1']));
    expect(await rowsContaining('Purgadoquez')).toEqual(expect.arrayContaining(['person', 'import_person', 'stat_snapshot']));
    const peopleBefore = await prisma.person.count();
    const auditBefore = await prisma.auditEvent.count();

    const counts = await unsafePurgeExpiredTrash();

    expect(counts).toMatchObject({ people: 2, interactions: 3, sharedInteractions: 1, relationships: 2, commitments: 1, emails: 1, phones: 1, tags: 1 });
    expect(await prisma.person.count()).toBe(peopleBefore - 2);
    expect(await prisma.person.findMany({ where: { id: { in: purged } } })).toEqual([]);
    expect(await prisma.person.findUnique({ where: { id: xavi.id } })).toMatchObject({ deletedAt: expect.any(Date) });
    expect(await prisma.person.findUnique({ where: { id: wendy.id } })).not.toBeNull();
    expect(await prisma.person.findUnique({ where: { id: fer.id } })).toMatchObject({ recruitedById: null });

    // Interactions: the ones only purged people were in are gone; the shared one stays, for Ana alone.
    const left = await prisma.interaction.findMany({ where: { id: { in: [onlyZac.id, zacAndAna.id, zacAndYol.id, zacForOrg.id, xaviOnly.id] } }, include: { people: true } });
    expect(left.map((i) => i.summary).sort()).toEqual(['Llamada a X.', 'Reunión del club']);
    expect(left.find((i) => i.id === zacAndAna.id)!.people.map((p) => p.personId)).toEqual([ana.id]);
    expect(await prisma.relationship.findUnique({ where: { id: tieAna.id } })).toBeNull();
    expect(await prisma.relationship.findUnique({ where: { id: tieXavi.id } })).not.toBeNull();
    expect(await prisma.commitment.findUnique({ where: { id: betoCommitment.id } })).toMatchObject({ askedById: null });
    expect(await prisma.ladderChange.findUnique({ where: { id: anaLadder.id } })).toMatchObject({ creditedId: null });
    expect(await prisma.user.findUnique({ where: { id: zacUser.id } })).toMatchObject({ personId: null });
    expect(await prisma.importStaged.findFirst({ where: { importId: imp.id } })).toMatchObject({ matched: [ana.id] });
    expect(await prisma.tag.findUnique({ where: { id: tag.id } })).not.toBeNull(); // the vocabulary is not personal

    // Nothing anywhere still names them, and no personal value of theirs survives in any table.
    expect(await referencesTo(purged)).toEqual([]);
    for (const value of ['Purgadoquez', 'zacarias.purgadoquez', '5550999', 'mixteco', 'Borradiz']) expect(await rowsContaining(value), value).toEqual([]);
    expect(await rowsContaining('Esperández')).toEqual(expect.arrayContaining(['person'])); // not yet due: kept whole

    // One audit event, of counts only.
    const audit = await prisma.auditEvent.findMany({ orderBy: { at: 'asc' }, skip: auditBefore });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'PURGE', entityType: 'trash', entityId: null, actorUserId: null });
    expect(audit[0]!.changedFields).toContain('people: 2');
    for (const f of audit[0]!.changedFields) expect(f).toMatch(/^[a-zA-Z]+: \d+$/);

    // A second run finds nobody due, and records nothing.
    expect(await unsafePurgeExpiredTrash()).toEqual({});
    expect(await prisma.auditEvent.count()).toBe(auditBefore + 1);
  });

  it('follows the retention leadership set: a shorter one makes more people due', async () => {
    const recent = await prisma.person.create({ data: { givenName: 'Valeria', familyName: 'Pronto', deletedAt: daysAgo(5) } });
    const newer = await prisma.person.create({ data: { givenName: 'Ulises', familyName: 'Reciente', deletedAt: daysAgo(2) } });
    expect((await unsafePurgeExpiredTrash()).people ?? 0).toBe(0);
    await prisma.appSetting.update({ where: { id: 1 }, data: { trashRetentionDays: 3 } });
    try {
      const trash = await listTrash(org.actors.admin);
      expect(trash.retentionDays).toBe(3);
      const row = trash.people.find((p) => p.id === recent.id)!;
      expect(row.purgeAt.getTime()).toBe(row.deletedAt!.getTime() + 3 * DAY);
      expect(row.purgeDue).toBe(true);
      expect(trash.people.find((p) => p.id === newer.id)!.purgeDue).toBe(false);

      await unsafePurgeExpiredTrash();
      expect(await prisma.person.findUnique({ where: { id: recent.id } })).toBeNull();
      expect(await prisma.person.findUnique({ where: { id: newer.id } })).not.toBeNull();
    } finally {
      await prisma.appSetting.update({ where: { id: 1 }, data: { trashRetentionDays: 30 } });
    }
  });

  it('waits its turn: while another server holds the purge lock, this one purges nobody', async () => {
    const due = await prisma.person.create({ data: { givenName: 'Tomás', familyName: 'Turno', deletedAt: daysAgo(60) } });
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT pg_advisory_xact_lock($1)', [PURGE_LOCK]);
      expect(await unsafePurgeExpiredTrash()).toEqual({});
      expect(await prisma.person.findUnique({ where: { id: due.id } })).not.toBeNull();
      await other.query('COMMIT');
      expect((await unsafePurgeExpiredTrash()).people).toBe(1);
    } finally {
      await other.end();
    }
  });

  it('runs on its own, from the background worker every app server starts', async () => {
    const due = await prisma.person.create({ data: { givenName: 'Sara', familyName: 'Sola', deletedAt: daysAgo(45) } });
    const worker = startImportWorker({ pollMs: 50 });
    try {
      await expect.poll(() => prisma.person.findUnique({ where: { id: due.id } }), { timeout: 10_000 }).toBeNull();
    } finally {
      await worker.stop();
    }
  });
});

describe('"Delete now" from the trash', () => {
  it('purges one person in the trash at once, for leadership, and audits it', async () => {
    const p = await prisma.person.create({
      data: { givenName: 'Rita', familyName: 'Inmediata', deletedAt: daysAgo(1), phones: { create: [{ e164: '+17735550888' }] } },
    });
    await tie(p.id, org.people.ana.id);
    const shared = await interaction('Reunión con Rita y Ana', [p.id, org.people.ana.id]);
    const counts = await purgePersonNow(org.actors.admin, p.id);
    expect(counts).toMatchObject({ people: 1, relationships: 1, phones: 1, sharedInteractions: 1 });
    expect(await prisma.person.findUnique({ where: { id: p.id } })).toBeNull();
    expect(await prisma.interactionPerson.findMany({ where: { interactionId: shared.id } })).toEqual([{ interactionId: shared.id, personId: org.people.ana.id }]);
    expect(await referencesTo([p.id])).toEqual([]);
    expect(await rowsContaining('Inmediata')).toEqual([]);
    const event = await prisma.auditEvent.findFirst({ where: { action: 'PURGE', entityType: 'person', entityId: p.id } });
    expect(event).toMatchObject({ actorUserId: org.users.admin.id });
    expect(event!.changedFields).toContain('people: 1');
  });

  it('is NotFound for anyone but leadership, and for a person not in the trash', async () => {
    const p = await prisma.person.create({ data: { givenName: 'Quique', familyName: 'Quieto', deletedAt: daysAgo(1), addedByUserId: org.users.coordinator.id } });
    await expect(purgePersonNow(org.actors.coordinator, p.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(purgePersonNow(org.actors.member, p.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(purgePersonNow(org.actors.admin, org.people.beto.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await prisma.person.findUnique({ where: { id: p.id } })).not.toBeNull();
    expect(await prisma.person.findUnique({ where: { id: org.people.beto.id } })).not.toBeNull();
    await expect(listTrash(org.actors.coordinator)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
