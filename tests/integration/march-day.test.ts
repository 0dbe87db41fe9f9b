import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCheckInList } from '@/lib/data/mobilizations/check-in';
import { checkInWalkIn, quickAddWalkIn } from '@/lib/data/mobilizations/walk-in';
import { recordCallOutcome } from '@/lib/data/mobilizations/call-outcome';
import { askPeople } from '@/lib/data/mobilizations/commitments';
import { getCallList } from '@/lib/data/mobilizations/call-list';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

// March day: walk-ins checked in at the door (someone already in Leaven, or a new person with a
// name and a phone), the "missing" view, call outcomes on the call list, and asking that stops
// before it goes past a quota's seats.

const prisma = testClient();
let org: TSmallOrg;
let march: { id: string };
let quota: { id: string };
const notFound = { code: 'NOT_FOUND' };

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  march = await prisma.mobilization.create({ data: { name: 'March for schools', kind: 'RALLY', startsAt: new Date(Date.now() + 3_600_000), goal: 20 } });
  quota = await prisma.quota.create({ data: { mobilizationId: march.id, circleId: org.circles.circleA.id, target: 2 } });
});
afterAll(() => prisma.$disconnect());

describe('walk-ins at check-in', () => {
  it('someone already in Leaven who was never asked is committed and checked in at once, counted in their circle’s quota', async () => {
    const { ana } = org.people;
    const { commitmentId } = await checkInWalkIn(org.actors.coordinator, { mobilizationId: march.id, personId: ana.id });
    const c = await prisma.commitment.findUniqueOrThrow({ where: { id: commitmentId } });
    expect(c).toMatchObject({ status: 'ATTENDED', personId: ana.id, quotaId: quota.id });
    expect(c.checkedInAt).not.toBeNull();
    // Again (a double tap): still one commitment, still here.
    expect((await checkInWalkIn(org.actors.coordinator, { mobilizationId: march.id, personId: ana.id })).commitmentId).toBe(commitmentId);
    expect(await prisma.commitment.count({ where: { mobilizationId: march.id, personId: ana.id } })).toBe(1);
  });

  it('a new person with a name and a phone is added to Leaven, committed and attended in one step, in the coordinator’s scope', async () => {
    const { personId, commitmentId } = await quickAddWalkIn(org.actors.coordinator, { mobilizationId: march.id, givenName: 'Rosa', familyName: 'Walk-in', phone: '+17735550199' });
    const person = await prisma.person.findUniqueOrThrow({ where: { id: personId }, include: { phones: true } });
    expect(person).toMatchObject({ givenName: 'Rosa', familyName: 'Walk-in', addedByUserId: org.users.coordinator.id });
    expect(person.phones.map((p) => p.e164)).toEqual(['+17735550199']);
    expect((await prisma.commitment.findUniqueOrThrow({ where: { id: commitmentId } })).status).toBe('ATTENDED');
    const audits = await prisma.auditEvent.findMany({ where: { entityId: { in: [personId, commitmentId] } } });
    expect(audits.map((a) => `${a.entityType}:${a.action}`).sort()).toEqual(['commitment:CREATE', 'person:CREATE']);
    expect((await getCheckInList(org.actors.coordinator, march.id)).rows.some((r) => r.id === commitmentId)).toBe(true);
  });

  it('refuses someone out of scope and members altogether', async () => {
    await expect(checkInWalkIn(org.actors.coordinator, { mobilizationId: march.id, personId: org.people.fer.id })).rejects.toMatchObject(notFound);
    await expect(checkInWalkIn(org.actors.member, { mobilizationId: march.id, personId: org.people.dora.id })).rejects.toMatchObject(notFound);
    await expect(quickAddWalkIn(org.actors.member, { mobilizationId: march.id, givenName: 'X', familyName: null, phone: '+17735550100' })).rejects.toMatchObject(notFound);
  });

  it('the check-in list counts who is expected and has not come: the missing', async () => {
    const { dora } = org.people;
    await prisma.commitment.create({ data: { mobilizationId: march.id, personId: dora.id, status: 'CONFIRMED' } });
    const { counts, rows } = await getCheckInList(org.actors.coordinator, march.id);
    expect(counts).toEqual({ here: 2, missing: 1 });
    expect(rows.filter((r) => r.missing).map((r) => r.personId)).toEqual([dora.id]);
  });
});

describe('call outcomes', () => {
  it('“said yes” commits them, “no answer” keeps them to call again, “said no” declines; each logs a call', async () => {
    const { eli, beto } = org.people;
    const asked = await prisma.commitment.create({ data: { mobilizationId: march.id, personId: eli.id, status: 'ASKED' } });
    const before = await prisma.interaction.count();
    await recordCallOutcome(org.actors.admin, { commitmentId: asked.id, outcome: 'NO_ANSWER', summary: () => 'Call: no answer' });
    let c = await prisma.commitment.findUniqueOrThrow({ where: { id: asked.id } });
    expect(c).toMatchObject({ status: 'ASKED', callOutcome: 'NO_ANSWER' });
    expect(c.calledAt).not.toBeNull();
    const group = (await getCallList(org.actors.admin, march.id)).groups.flatMap((g) => g.people).find((p) => p.commitmentId === asked.id)!;
    expect(group.callOutcome).toBe('NO_ANSWER');
    await recordCallOutcome(org.actors.admin, { commitmentId: asked.id, outcome: 'YES', summary: () => 'Call: said yes' });
    c = await prisma.commitment.findUniqueOrThrow({ where: { id: asked.id } });
    expect(c).toMatchObject({ status: 'COMMITTED', callOutcome: 'YES' });
    expect(c.answeredAt).not.toBeNull();
    expect(await prisma.interaction.count()).toBe(before + 2);
    const call = await prisma.interaction.findFirstOrThrow({ where: { summary: 'Call: said yes' }, include: { people: true } });
    expect(call).toMatchObject({ kind: 'CALL', loggedById: org.users.admin.id });
    expect(call.people.map((p) => p.personId)).toEqual([eli.id]);
    expect((await prisma.person.findUniqueOrThrow({ where: { id: eli.id } })).lastContactedAt).toEqual(call.occurredAt);

    const no = await prisma.commitment.create({ data: { mobilizationId: march.id, personId: beto.id, status: 'ASKED' } });
    await recordCallOutcome(org.actors.admin, { commitmentId: no.id, outcome: 'NO', summary: () => 'Call: said no' });
    expect((await prisma.commitment.findUniqueOrThrow({ where: { id: no.id } })).status).toBe('DECLINED');
  });

  it('a commitment out of scope is not found, and nothing is logged', async () => {
    const out = await prisma.commitment.findFirstOrThrow({ where: { mobilizationId: march.id, personId: org.people.beto.id } });
    const before = await prisma.interaction.count();
    await expect(recordCallOutcome(org.actors.coordinator, { commitmentId: out.id, outcome: 'YES', summary: () => 'x' })).rejects.toMatchObject(notFound);
    await expect(recordCallOutcome(org.actors.member, { commitmentId: out.id, outcome: 'YES', summary: () => 'x' })).rejects.toMatchObject(notFound);
    expect(await prisma.interaction.count()).toBe(before);
  });
});

describe('asking within a quota', () => {
  it('asking past a quota’s seats is refused with the seats left, unless confirmed', async () => {
    const lone = await prisma.mobilization.create({ data: { name: 'Bus', kind: 'BUS_TRIP', startsAt: new Date(Date.now() + 86_400_000), goal: 2 } });
    const q = await prisma.quota.create({ data: { mobilizationId: lone.id, circleId: org.circles.circleA.id, target: 1 } });
    const { ana, dora } = org.people;
    await expect(askPeople(org.actors.admin, { mobilizationId: lone.id, personIds: [ana.id, dora.id], quotaId: q.id })).rejects.toMatchObject({
      code: 'INVALID',
      message: 'askPastQuota',
      details: { seatsLeft: 1, asking: 2 },
    });
    expect(await prisma.commitment.count({ where: { mobilizationId: lone.id } })).toBe(0);
    const done = await askPeople(org.actors.admin, { mobilizationId: lone.id, personIds: [ana.id, dora.id], quotaId: q.id, pastQuota: true });
    expect(done.added).toBe(2);
  });
});
