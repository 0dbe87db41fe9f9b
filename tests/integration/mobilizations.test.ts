import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCallList } from '@/lib/data/mobilizations/call-list';
import { setAttendance } from '@/lib/data/mobilizations/check-in';
import { getRoster, listCandidates, listCommitments } from '@/lib/data/mobilizations/commitment-lists';
import { answerOwnCommitment, askPeople, listPersonMobilizations, setCommitmentStatus, updateNeeds } from '@/lib/data/mobilizations/commitments';
import { listPromotable, promoteAttendees } from '@/lib/data/people/ladder-credit';
import { createMobilization, deleteMobilization, getMobilization, listMobilizations, updateMobilization } from '@/lib/data/mobilizations/mobilizations';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;
let busId: string;
const notFound = { code: 'NOT_FOUND' };
const noNeeds = { needInterpretation: false, needChildcare: false, needAccessibility: false, needSeatNearDoor: false, needsNote: null };

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  const { circleA } = org.circles;
  ({ id: busId } = await createMobilization(org.actors.admin, {
    name: 'Bus to the capitol',
    kind: 'BUS_TRIP',
    startsAt: new Date(Date.now() + 7 * 86_400_000),
    place: 'Parish hall',
    description: null,
    goal: 10,
    goalUnit: 'SEATS',
    quotas: [
      { ref: `circle:${circleA.id}`, target: 4 },
      { ref: `org:${org.org.id}`, target: 2 },
      { ref: 'open', target: 4 },
    ],
  }));
});
afterAll(() => prisma.$disconnect());

const commitmentOf = async (personId: string) => (await prisma.commitment.findFirstOrThrow({ where: { mobilizationId: busId, personId } })).id;

describe('planning and asking', () => {
  it('only leadership plans: a coordinator or member creating or editing gets NotFound', async () => {
    const input = { name: 'x', kind: 'RALLY' as const, startsAt: new Date(), place: null, description: null, goal: 5, goalUnit: 'PEOPLE' as const, quotas: [] };
    await expect(createMobilization(org.actors.coordinator, input)).rejects.toMatchObject(notFound);
    await expect(createMobilization(org.actors.member, input)).rejects.toMatchObject(notFound);
    await expect(updateMobilization(org.actors.coordinator, busId, 1, input)).rejects.toMatchObject(notFound);
    await expect(deleteMobilization(org.actors.coordinator, busId)).rejects.toMatchObject(notFound);
  });

  it('asks people into the quota of their circle, their ally, or the open seats, and skips those already asked', async () => {
    const { ana, beto, carla, dora, eli, fer } = org.people;
    const ids = [ana, beto, carla, dora, eli, fer].map((p) => p.id);
    await expect(askPeople(org.actors.admin, { mobilizationId: busId, personIds: ids, quotaId: null })).resolves.toEqual({ added: 6, alreadyAsked: 0 });
    await expect(askPeople(org.actors.admin, { mobilizationId: busId, personIds: [ana.id], quotaId: null })).resolves.toEqual({ added: 0, alreadyAsked: 1 });
    const m = await getMobilization(org.actors.admin, busId);
    const byRef = Object.fromEntries(m.quotas.map((q) => [q.ref.split(':')[0], q.funnel.asked]));
    expect(byRef).toEqual({ circle: 2, org: 1, open: 3 }); // Ana and Dora; Carla; Beto, Eli, Fer
    expect(m.total).toMatchObject({ asked: 6, committed: 0 });
  });

  it('a coordinator cannot ask someone outside their scope; the whole ask is refused', async () => {
    const other = await createMobilization(org.actors.admin, {
      name: 'Lobby day', kind: 'LOBBY_DAY', startsAt: new Date(Date.now() + 86_400_000), place: null, description: null, goal: 3, goalUnit: 'PEOPLE', quotas: [],
    });
    await expect(
      askPeople(org.actors.coordinator, { mobilizationId: other.id, personIds: [org.people.ana.id, org.people.beto.id], quotaId: null }),
    ).rejects.toMatchObject(notFound);
    expect(await prisma.commitment.count({ where: { mobilizationId: other.id } })).toBe(0);
  });

  it('a coordinator sees every mobilization, names only in scope and a count of the rest', async () => {
    expect((await listMobilizations(org.actors.coordinator, { when: 'upcoming' })).map((m) => m.name)).toContain('Bus to the capitol');
    const { rows, hidden } = await listCommitments(org.actors.coordinator, busId);
    expect(rows.map((r) => r.person.givenName).sort()).toEqual(['Ana', 'Dora']);
    expect(hidden).toBe(4);
    const candidates = await listCandidates(org.actors.coordinator, busId, { q: 'Beto' });
    expect(candidates).toEqual([]);
    // Names are found as everywhere in Leaven: without their accents, by the start of a word.
    expect((await listCandidates(org.actors.coordinator, busId, { q: 'nunez' })).map((c) => c.familyName)).toEqual(['Núñez']);
    expect((await listCandidates(org.actors.coordinator, busId, { q: 'ANA NÚ' })).map((c) => c.givenName)).toEqual(['Ana']);
    // A list of ids brought from elsewhere shows only those in scope.
    const listed = await listCandidates(org.actors.coordinator, busId, { ids: [org.people.ana.id, org.people.beto.id] });
    expect(listed.map((c) => [c.givenName, c.status])).toEqual([['Ana', 'ASKED']]);
  });

  it('a status change touching someone out of scope is refused whole (reads and writes answer NotFound)', async () => {
    const [ana, beto] = [await commitmentOf(org.people.ana.id), await commitmentOf(org.people.beto.id)];
    await expect(setCommitmentStatus(org.actors.coordinator, { mobilizationId: busId, commitmentIds: [ana, beto], status: 'CONFIRMED' })).rejects.toMatchObject(notFound);
    expect((await prisma.commitment.findUniqueOrThrow({ where: { id: ana } })).status).toBe('ASKED');
    await expect(setAttendance(org.actors.coordinator, { commitmentId: beto, attended: true })).rejects.toMatchObject(notFound);
    await expect(updateNeeds(org.actors.coordinator, beto, { ...noNeeds, needChildcare: true })).rejects.toMatchObject(notFound);
    await expect(listPersonMobilizations(org.actors.coordinator, org.people.beto.id)).rejects.toMatchObject(notFound);
    await expect(listCommitments(org.actors.member, busId)).rejects.toMatchObject(notFound);
    await expect(setCommitmentStatus(org.actors.member, { mobilizationId: busId, commitmentIds: [ana], status: 'CONFIRMED' })).rejects.toMatchObject(notFound);
  });
});

describe('members answer for themselves', () => {
  it('a member sees only the mobilizations they are asked to, and none once it is deleted', async () => {
    const lobby = await createMobilization(org.actors.admin, {
      name: 'Hearing', kind: 'LOBBY_DAY', startsAt: new Date(Date.now() + 86_400_000), place: null, description: null, goal: 3, goalUnit: 'PEOPLE', quotas: [],
    });
    await expect(getMobilization(org.actors.member, lobby.id)).rejects.toMatchObject(notFound);
    await expect(getMobilization(org.actors.member, busId)).resolves.toMatchObject({ name: 'Bus to the capitol', quotas: [], total: null });
    expect((await listMobilizations(org.actors.member, { when: 'upcoming' })).map((m) => m.name)).toEqual(['Bus to the capitol']);
    await deleteMobilization(org.actors.admin, lobby.id);
    await expect(getMobilization(org.actors.admin, lobby.id)).rejects.toMatchObject(notFound);
  });

  it('yes with needs commits; no declines; a member not asked gets NotFound', async () => {
    await expect(answerOwnCommitment(org.actors.member, { mobilizationId: busId, answer: 'yes', ...noNeeds, needChildcare: true, needsNote: 'Two kids, 4 and 7' })).resolves.toEqual({ status: 'COMMITTED' });
    const mine = await prisma.commitment.findFirstOrThrow({ where: { mobilizationId: busId, personId: org.people.dora.id } });
    expect(mine).toMatchObject({ status: 'COMMITTED', needChildcare: true, needsNote: 'Two kids, 4 and 7' });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: mine.id, actorUserId: org.users.member.id } });
    expect(audit.changedFields).toEqual(expect.arrayContaining(['status', 'needChildcare', 'needsNote']));
    expect(JSON.stringify(audit)).not.toContain('Two kids');
    const stranger = { ...org.actors.member, personId: org.people.fer.id };
    const hearing = await createMobilization(org.actors.admin, {
      name: 'Vigil', kind: 'RALLY', startsAt: new Date(Date.now() + 86_400_000), place: null, description: null, goal: 3, goalUnit: 'PEOPLE', quotas: [],
    });
    await expect(answerOwnCommitment(stranger, { mobilizationId: hearing.id, answer: 'no', ...noNeeds })).rejects.toMatchObject(notFound);
  });
});

describe('the day and after', () => {
  it('check-in is idempotent, and the turnout per quota counts it', async () => {
    const ids = await Promise.all([org.people.ana, org.people.beto, org.people.carla, org.people.fer].map((p) => commitmentOf(p.id)));
    await setCommitmentStatus(org.actors.admin, { mobilizationId: busId, commitmentIds: ids, status: 'CONFIRMED' });
    await expect(setAttendance(org.actors.coordinator, { commitmentId: ids[0]!, attended: true })).resolves.toMatchObject({ changed: true });
    await expect(setAttendance(org.actors.coordinator, { commitmentId: ids[0]!, attended: true })).resolves.toMatchObject({ changed: false });
    await setAttendance(org.actors.admin, { commitmentId: ids[2]!, attended: true });
    await setAttendance(org.actors.admin, { commitmentId: ids[3]!, attended: true });
    await setAttendance(org.actors.admin, { commitmentId: ids[3]!, attended: false });
    expect(await prisma.auditEvent.count({ where: { entityId: ids[0]!, fields: undefined, action: 'UPDATE', changedFields: { has: 'checkedInAt' } } })).toBe(1);
    const m = await getMobilization(org.actors.admin, busId);
    const q = (prefix: string) => m.quotas.find((x) => x.ref.startsWith(prefix))!.funnel;
    expect(q('circle')).toMatchObject({ asked: 2, committed: 2, confirmed: 1, attended: 1 }); // Ana came; Dora said yes
    expect(q('org')).toMatchObject({ committed: 1, attended: 1 });
    expect(q('open')).toMatchObject({ asked: 3, committed: 2, confirmed: 2, attended: 0 });
    expect(m.total).toMatchObject({ asked: 6, committed: 5, confirmed: 4, attended: 2 });
  });

  it('the printed roster lists those who said yes, and looking at it is audited', async () => {
    const { rows } = await getRoster(org.actors.coordinator, busId);
    expect(rows.map((r) => r.person.givenName).sort()).toEqual(['Ana', 'Dora']);
    expect(await prisma.auditEvent.count({ where: { action: 'VIEW', entityId: busId, actorUserId: org.users.coordinator.id, changedFields: { has: 'roster' } } })).toBe(1);
  });

  it('attended mobilizations appear on the person record', async () => {
    const list = await listPersonMobilizations(org.actors.admin, org.people.ana.id);
    expect(list).toEqual([expect.objectContaining({ name: 'Bus to the capitol', status: 'ATTENDED' })]);
    await expect(listPersonMobilizations(org.actors.member, org.people.dora.id)).resolves.toHaveLength(1);
    await expect(listPersonMobilizations(org.actors.member, org.people.eli.id)).resolves.toEqual([]); // "my people", not their commitments
  });

  it('leadership moves attendees up one step, crediting whoever asked them, once', async () => {
    await prisma.commitment.updateMany({ where: { mobilizationId: busId, personId: org.people.carla.id }, data: { askedById: org.people.ana.id } });
    const promotable = await listPromotable(org.actors.admin, busId);
    expect(promotable.map((p) => [p.person.givenName, p.next])).toEqual([['Ana', 'SUPPORTER'], ['Carla', 'SUPPORTER']]);
    await expect(promoteAttendees(org.actors.coordinator, { mobilizationId: busId, commitmentIds: [promotable[1]!.commitmentId] })).rejects.toMatchObject(notFound);
    await expect(promoteAttendees(org.actors.admin, { mobilizationId: busId, commitmentIds: [promotable[1]!.commitmentId] })).resolves.toEqual({ moved: 1 });
    await expect(promoteAttendees(org.actors.admin, { mobilizationId: busId, commitmentIds: [promotable[1]!.commitmentId] })).resolves.toEqual({ moved: 0 });
    const change = await prisma.ladderChange.findFirstOrThrow({ where: { personId: org.people.carla.id } });
    expect(change).toMatchObject({ fromStage: 'CONTACT', toStage: 'SUPPORTER', creditedId: org.people.ana.id });
    expect((await listPromotable(org.actors.admin, busId)).map((p) => p.person.givenName)).toEqual(['Ana']);
  });

  it('the call list puts each unanswered person with their circle leader, else their recruiter', async () => {
    const hearing = await createMobilization(org.actors.admin, {
      name: 'School board', kind: 'LOBBY_DAY', startsAt: new Date(Date.now() + 86_400_000), place: null, description: null, goal: 5, goalUnit: 'PEOPLE',
      quotas: [{ ref: `circle:${org.circles.circleA.id}`, target: 3 }, { ref: 'open', target: 2 }],
    });
    await askPeople(org.actors.admin, { mobilizationId: hearing.id, personIds: [org.people.dora.id, org.people.eli.id, org.people.fer.id], quotaId: null });
    const { groups, total } = await getCallList(org.actors.admin, hearing.id);
    expect(total).toBe(3);
    const summary = groups.map((g) => [g.caller?.givenName ?? null, g.reasons.map((r) => r.reason)[0] ?? null, g.people.map((p) => p.givenName)]);
    expect(summary).toEqual([
      ['Ana', 'circleLeader', ['Dora']],
      ['Dora', 'recruiter', ['Eli']],
      [null, null, ['Fer']],
    ]);
    // The coordinator sees only the people of circle A on it.
    expect((await getCallList(org.actors.coordinator, hearing.id)).groups.flatMap((g) => g.people.map((p) => p.givenName))).toEqual(['Dora']);
  });
});
