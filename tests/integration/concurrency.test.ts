import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCircleMember, removeCircleMember } from '@/lib/data/circles/members';
import { askPeople, setCommitmentStatus } from '@/lib/data/mobilizations/commitments';
import { createMobilization } from '@/lib/data/mobilizations/mobilizations';
import { updatePerson } from '@/lib/data/people/write';
import { isAppError } from '@/lib/errors';
import type { CommitmentStatus } from '@/lib/generated/prisma/enums';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// Many writers at once on one record, through the data layer as the actions call it: every attempt
// is either accepted or refused with a reason (never a server error), nothing accepted is lost or
// applied twice, and the audit log has one entry per accepted write.

const WRITERS = 20;
const SAVES = 20;
const prisma = testClient();
let org: TSmallOrg;

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

type TTally = { attempts: number; accepted: number; refused: number; errors: unknown[] };
const tally = (): TTally => ({ attempts: 0, accepted: 0, refused: 0, errors: [] });

/** One attempt: accepted, refused for a reason the user is told (an AppError), or a failure (the test fails). */
async function attempt<T>(t: TTally, write: () => Promise<T>): Promise<T | undefined> {
  t.attempts++;
  try {
    const result = await write();
    t.accepted++;
    return result;
  } catch (e) {
    if (isAppError(e)) t.refused++;
    else t.errors.push(e);
    return undefined;
  }
}

const report = (what: string, t: TTally, lost: number) =>
  console.log(`concurrency: ${what}: ${t.attempts} attempted, ${t.accepted} accepted, ${t.refused} refused, ${lost} lost`);

describe(`${WRITERS} writers × ${SAVES} saves at once`, () => {
  it('on one person: each save on the version it read; the record ends as the last accepted save left it', async () => {
    const id = org.people.ana.id;
    const t = tally();
    const accepted: { version: number; notes: string }[] = [];
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        for (let s = 0; s < SAVES; s++) {
          const { version } = await prisma.person.findUniqueOrThrow({ where: { id }, select: { version: true } });
          const notes = `writer ${w}, save ${s}`;
          const saved = await attempt(t, () => updatePerson(org.actors.admin, { id, version, patch: { notes } }));
          if (saved) accepted.push({ version: saved.version, notes });
        }
      }),
    );
    expect(t.errors).toEqual([]);
    expect(t.accepted + t.refused).toBe(WRITERS * SAVES);
    const final = await prisma.person.findUniqueOrThrow({ where: { id } });
    const last = accepted.reduce((a, b) => (b.version > a.version ? b : a));
    expect(final).toMatchObject({ notes: last.notes, version: last.version });
    // Versions 2, 3, … each taken by exactly one accepted save: none lost, none applied twice.
    expect(accepted.map((a) => a.version).sort((a, b) => a - b)).toEqual(Array.from({ length: t.accepted }, (_, i) => i + 2));
    expect(await prisma.auditEvent.count({ where: { entityType: 'person', entityId: id, action: 'UPDATE' } })).toBe(t.accepted);
    report('one person', t, t.accepted - (final.version - 1));
  }, 120_000);

  it("on one circle's roster: every person is in it exactly when their accepted adds outnumber their accepted removals", async () => {
    const circleId = org.circles.circleB.id;
    const people = [org.people.ana.id, org.people.carla.id, org.people.eli.id, org.people.fer.id];
    const before = await prisma.auditEvent.count({ where: { entityType: 'circle_membership' } });
    const t = tally();
    const balance = new Map(people.map((p) => [p, 0]));
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        for (let s = 0; s < SAVES; s++) {
          const personId = people[(w + s) % people.length]!;
          const add = (w * SAVES + s) % 3 !== 0;
          const done = await attempt(t, () =>
            add ? addCircleMember(org.actors.admin, { circleId, personId, role: 'MEMBER' }).then(() => true) : removeCircleMember(org.actors.admin, { circleId, personId }).then(() => true),
          );
          if (done) balance.set(personId, balance.get(personId)! + (add ? 1 : -1));
        }
      }),
    );
    expect(t.errors).toEqual([]);
    expect(t.accepted + t.refused).toBe(WRITERS * SAVES);
    const roster = new Set((await prisma.circleMembership.findMany({ where: { circleId }, select: { personId: true } })).map((m) => m.personId));
    // Beto was there before; each person's accepted adds and removals alternate, so they end 0 or 1 apart.
    for (const p of people) expect([p, balance.get(p)]).toEqual([p, roster.has(p) ? 1 : 0]);
    expect(await prisma.auditEvent.count({ where: { entityType: 'circle_membership' } })).toBe(before + t.accepted);
    report("one circle's roster", t, 0);
  }, 120_000);

  it("on one mobilization's commitments: every status set is audited, and each ends as a write that was accepted left it", async () => {
    const { id: mobilizationId } = await createMobilization(org.actors.admin, {
      name: 'Concurrency rally', kind: 'RALLY', startsAt: new Date(Date.now() + 86_400_000), goal: 10, goalUnit: 'PEOPLE', place: null, description: null, quotas: [],
    });
    const people = [org.people.ana.id, org.people.beto.id, org.people.carla.id];
    const t = tally();
    const asked = await Promise.all(Array.from({ length: WRITERS }, () => attempt(t, () => askPeople(org.actors.admin, { mobilizationId, personIds: people, quotaId: null }))));
    expect(t.errors).toEqual([]);
    const commitments = await prisma.commitment.findMany({ where: { mobilizationId }, select: { id: true } });
    expect(commitments).toHaveLength(people.length); // asked twenty times at once, asked once
    expect(asked.filter(Boolean).length).toBe(t.accepted);

    const statuses: CommitmentStatus[] = ['COMMITTED', 'CONFIRMED', 'DECLINED', 'ASKED'];
    const written = new Map<string, Set<CommitmentStatus>>(commitments.map((c) => [c.id, new Set()]));
    const before = await prisma.auditEvent.count({ where: { entityType: 'commitment', action: 'UPDATE' } });
    const s2 = tally();
    let auditsExpected = 0;
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        for (let s = 0; s < SAVES; s++) {
          const ids = commitments.filter((_, i) => (w + s + i) % 2 === 0).map((c) => c.id);
          const status = statuses[(w + s) % statuses.length]!;
          const chosen = ids.length ? ids : [commitments[0]!.id];
          if (await attempt(s2, () => setCommitmentStatus(org.actors.admin, { mobilizationId, commitmentIds: chosen, status }))) {
            for (const id of chosen) written.get(id)!.add(status);
            auditsExpected += chosen.length;
          }
        }
      }),
    );
    expect(s2.errors).toEqual([]);
    expect(s2.accepted + s2.refused).toBe(WRITERS * SAVES);
    const final = await prisma.$queryRaw<{ id: string; status: CommitmentStatus; xmin: string }[]>`SELECT id::text, status::text, xmin::text FROM commitment WHERE mobilization_id = ${mobilizationId}::uuid`;
    for (const c of final) {
      expect(written.get(c.id)!.has(c.status)).toBe(true);
      // The transaction that wrote the row as it is now also wrote its audit entry: an accepted write.
      const audited = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM audit_event WHERE entity_id = ${c.id} AND xmin::text = ${c.xmin}`;
      expect(Number(audited[0]!.n)).toBe(1);
    }
    const audits = await prisma.auditEvent.count({ where: { entityType: 'commitment', action: 'UPDATE' } });
    expect(audits - before).toBe(auditsExpected);
    report("one mobilization's commitments", { ...s2, attempts: s2.attempts + t.attempts, accepted: s2.accepted + t.accepted, refused: s2.refused + t.refused }, 0);
  }, 120_000);
});
