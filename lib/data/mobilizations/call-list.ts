import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { assertMobilization, visibleIds } from '@/lib/data/mobilizations/commitment-lists';
import { commitmentScope } from '@/lib/access/scopes/mobilizations';
import { requireCan } from '@/lib/access/capabilities';
import { personScope } from '@/lib/access/scopes/people';

// Who should call whom: those asked who have not answered, grouped by the person best placed
// to call them. First a leader of the circle whose quota they are in, then whoever recruited
// them, then whoever asked them. A caller the actor may not see is skipped, never named.

export type TCallReason = 'circleLeader' | 'recruiter' | 'askedBy';

const nameSelect = { id: true, givenName: true, familyName: true, preferredName: true } as const;
const phoneSelect = { phones: { select: { e164: true, doNotCall: true }, orderBy: { isPrimary: 'desc' as const }, take: 1 } };

export async function getCallList(actor: TActor, mobilizationId: string) {
  requireCan(actor, 'mobilizations.organize');
  const mobilization = await assertMobilization(actor, mobilizationId);
  const asked = await db.commitment.findMany({
    where: { AND: [{ mobilizationId, status: 'ASKED' }, commitmentScope(actor)] },
    select: {
      id: true,
      askedById: true,
      callOutcome: true,
      calledAt: true,
      quota: { select: { circleId: true, circle: { select: { name: true } } } },
      person: { select: { ...nameSelect, ...phoneSelect, preferredLanguage: true, doNotContact: true, recruitedById: true } },
    },
    orderBy: [{ person: { familyName: 'asc' } }, { person: { givenName: 'asc' } }],
    take: 3000,
  });
  const circleIds = [...new Set(asked.flatMap((c) => (c.quota?.circleId ? [c.quota.circleId] : [])))];
  const leaders = await db.circleMembership.findMany({
    where: { circleId: { in: circleIds }, role: 'LEADER', person: personScope(actor) },
    select: { circleId: true, personId: true },
    orderBy: [{ since: 'asc' }, { personId: 'asc' }],
  });
  const others = await visibleIds(actor, asked.flatMap((c) => [c.person.recruitedById, c.askedById].filter((x): x is string => Boolean(x))));

  // One pile per caller, whatever the reason each person is theirs to call.
  type TGroup = { callerId: string | null; reasons: Map<string, { reason: TCallReason; circle: string | null }>; people: typeof asked };
  const groups = new Map<string, TGroup>();
  for (const c of asked) {
    const leader = leaders.find((l) => l.circleId === c.quota?.circleId && l.personId !== c.person.id)?.personId;
    const recruiter = c.person.recruitedById && others.has(c.person.recruitedById) ? c.person.recruitedById : null;
    const asker = c.askedById && others.has(c.askedById) && c.askedById !== c.person.id ? c.askedById : null;
    const [callerId, reason]: [string | null, TCallReason | null] = leader
      ? [leader, 'circleLeader']
      : recruiter
        ? [recruiter, 'recruiter']
        : asker
          ? [asker, 'askedBy']
          : [null, null];
    const key = callerId ?? '-';
    const group: TGroup = groups.get(key) ?? { callerId, reasons: new Map(), people: [] };
    const circle = reason === 'circleLeader' ? (c.quota?.circle?.name ?? null) : null;
    if (reason) group.reasons.set(`${reason}|${circle}`, { reason, circle });
    group.people.push(c);
    groups.set(key, group);
  }
  const callerIds = [...new Set([...groups.values()].flatMap((g) => (g.callerId ? [g.callerId] : [])))];
  const callers = new Map(
    (await db.person.findMany({ where: { id: { in: callerIds } }, select: { ...nameSelect, ...phoneSelect } })).map((p) => [p.id, p]),
  );
  const list = [...groups.values()].map((g) => ({
    caller: g.callerId ? (callers.get(g.callerId) ?? null) : null,
    reasons: [...g.reasons.values()],
    people: g.people.map((c) => ({ commitmentId: c.id, callOutcome: c.callOutcome, calledAt: c.calledAt, ...c.person })),
  }));
  // The biggest piles first; the people nobody is placed to call last.
  list.sort((a, b) => Number(!a.caller) - Number(!b.caller) || b.people.length - a.people.length);
  return { mobilization, groups: list, total: asked.length };
}
export type TCallGroup = Awaited<ReturnType<typeof getCallList>>['groups'][number];
