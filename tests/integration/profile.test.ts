import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPersonProfile } from '@/lib/data/profile/profile';
import { buildSmallOrg, SINCE, testClient, type TSmallOrg } from '../support/small-org';
import { countQueries } from '../support/query-counter';

const prisma = testClient();
let org: TSmallOrg;
// A well-connected person: 50 relationships, 200 interactions, a ladder history, recruits.
let hub: { id: string };
let others: { id: string }[];

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
  hub = await prisma.person.create({ data: { givenName: 'Lupe', familyName: 'Hub', precinctId: org.precincts.p1.id, ladderStage: 'LEADER' } });
  await prisma.circleMembership.create({ data: { circleId: org.circles.circleA.id, personId: hub.id, role: 'LEADER', since: SINCE } });
  await prisma.affiliation.create({ data: { organizationId: org.org.id, personId: hub.id, role: 'Board member' } });
  await prisma.personEmail.create({ data: { personId: hub.id, email: 'lupe@example.org' } });
  await prisma.personPhone.create({ data: { personId: hub.id, e164: '+17735550101' } });
  // The first 25 are in circle A (the coordinator's), the other 25 out of the coordinator's reach.
  others = [];
  for (let i = 0; i < 50; i++) {
    others.push(await prisma.person.create({ data: { givenName: `Vecina${String(i).padStart(2, '0')}`, familyName: 'Test', recruitedById: i < 5 ? hub.id : null } }));
  }
  await prisma.circleMembership.createMany({ data: others.slice(0, 25).map((p) => ({ circleId: org.circles.circleA.id, personId: p.id, since: SINCE })) });
  const pair = (a: string, b: string) => (a < b ? { personAId: a, personBId: b } : { personAId: b, personBId: a });
  await prisma.relationship.createMany({ data: others.map((p, i) => ({ ...pair(hub.id, p.id), kind: 'FRIEND', strength: (i % 3) + 1 })) });
  // Step two: some of the 50 know each other and someone further out.
  await prisma.relationship.createMany({ data: [{ ...pair(others[0]!.id, others[1]!.id), kind: 'FAMILY', strength: 3 }, { ...pair(others[0]!.id, org.people.ana.id), kind: 'NEIGHBOUR', strength: 1 }] });
  await prisma.ladderChange.createMany({
    data: [
      { personId: hub.id, fromStage: null, toStage: 'CONTACT', changedAt: new Date('2025-01-01T12:00:00Z') },
      { personId: hub.id, fromStage: 'CONTACT', toStage: 'LEADER', changedAt: new Date('2025-06-01T12:00:00Z'), creditedId: org.people.ana.id },
    ],
  });
  const start = Date.parse('2025-01-01T15:00:00Z');
  for (let i = 0; i < 200; i++) {
    await prisma.interaction.create({
      data: {
        occurredAt: new Date(start + i * 86_400_000),
        kind: 'CALL',
        summary: `Call number ${i}`,
        // Only leadership logs the calls that name anyone besides Lupe, so the coordinator's scope stays circle A.
        loggedById: i % 2 ? org.users.admin.id : org.users.coordinator.id,
        followUpOn: i % 10 === 0 ? new Date(start + (i + 7) * 86_400_000) : null,
        followUpDone: i % 20 === 0,
        people: { create: [{ personId: hub.id }, ...(i % 4 === 1 ? [{ personId: others[i % 50]!.id }] : [])] },
      },
    });
  }
});
afterAll(() => prisma.$disconnect());

describe('getPersonProfile', () => {
  it('loads a person with 50 relationships and 200 interactions in at most 6 round trips', async () => {
    await getPersonProfile(org.actors.admin, hub.id); // warm the connection pool: connecting is not a query
    for (const actor of [org.actors.admin, org.actors.coordinator]) {
      const counter = countQueries();
      let profile;
      try {
        profile = await getPersonProfile(actor, hub.id);
      } finally {
        counter.stop();
      }
      console.log(`[profile] ${actor.role}: ${counter.count} SQL round trips`);
      expect(counter.count).toBeLessThanOrEqual(6);
      expect(counter.count).toBe(5);
      expect(profile.timeline?.total).toBe(200);
      expect(profile.timeline?.items).toHaveLength(20);
    }
  });

  it('shows leadership everything: ties, ladder with credit, timeline newest first, open follow-ups', async () => {
    const p = await getPersonProfile(org.actors.admin, hub.id);
    expect(p.person).toMatchObject({ givenName: 'Lupe', ladderStage: 'LEADER', emails: [{ email: 'lupe@example.org' }] });
    expect(p.ties.relationships).toHaveLength(50);
    expect(p.ties.relationships[0]!.strength).toBe(3);
    expect(p.ties.circles.map((c) => c.name)).toEqual(['Club Sierra Alta']);
    expect(p.ties.organizations).toEqual([expect.objectContaining({ name: 'Tenants United (fictional)', role: 'Board member' })]);
    expect(p.ties.ladder.map((s) => s.toStage)).toEqual(['LEADER', 'CONTACT']);
    expect(p.ties.ladder[0]!.credited?.givenName).toBe('Ana');
    expect(p.ties.ladder[0]!.changedAt).toBeInstanceOf(Date);
    const times = p.timeline!.items.map((i) => i.occurredAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(p.timeline!.items[0]!.summary).toBe('Call number 199');
    // 20 follow-ups, every other one done: 10 open, soonest first.
    expect(p.timeline!.openFollowUps).toHaveLength(10);
    expect(p.timeline!.openFollowUps[0]!.summary).toBe('Call number 10');
    expect(p.recruitment.downline.map((d) => d.givenName)).toEqual(['Vecina00', 'Vecina01', 'Vecina02', 'Vecina03', 'Vecina04']);
    expect((await getPersonProfile(org.actors.admin, hub.id, { timelineLimit: 60 })).timeline!.items).toHaveLength(60);
  });

  it('shows a coordinator only the people, circles and organizations in their scope', async () => {
    const p = await getPersonProfile(org.actors.coordinator, hub.id);
    // The 25 in circle A, not the 25 outside it.
    expect(p.ties.relationships).toHaveLength(25);
    expect(p.ties.organizations).toEqual([]);
    expect(p.ties.circles.map((c) => c.name)).toEqual(['Club Sierra Alta']);
    expect(p.recruitment.downline).toHaveLength(5); // Vecina00-04 are in circle A
    const shown = new Set([...p.network.people1, ...p.network.people2].map((x) => x.id));
    for (const o of others.slice(25)) expect(shown.has(o.id)).toBe(false);
    expect(shown.has(org.people.ana.id)).toBe(true); // a step-two tie in scope
    // Every interaction is about Lupe, who is in scope; the others named are filtered.
    expect(p.timeline!.total).toBe(200);
    for (const item of p.timeline!.items) for (const q of item.people) expect(others.slice(25).some((o) => o.id === q.id)).toBe(false);
  });

  it('a member sees their own record without interactions, and nobody else’s', async () => {
    const own = await getPersonProfile(org.actors.member, org.people.dora.id);
    expect(own.timeline).toBeNull();
    expect(own.can.logInteractions).toBe(false);
    expect(own.recruitment.downline.map((d) => d.givenName)).toEqual(['Eli']);
    await expect(getPersonProfile(org.actors.member, hub.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('an out-of-scope person answers NotFound, exactly like a missing one', async () => {
    await expect(getPersonProfile(org.actors.coordinator, org.people.beto.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getPersonProfile(org.actors.coordinator, '7d1f3a52-9a0e-4c1b-8d55-3f0d7b0e2a11')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
