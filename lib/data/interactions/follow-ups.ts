import type { TActor } from '@/lib/access/actor';
import { dateColumn, dayOfColumn } from '@/lib/format/dates';
import { db } from '@/lib/db/prisma';
import { requireCan } from '@/lib/access/capabilities';
import { circleScope } from '@/lib/access/scopes/circles';
import { organizationScope } from '@/lib/access/scopes/organizations';
import { personScope } from '@/lib/access/scopes/people';
import type { Prisma } from '@/lib/generated/prisma/client';

// "My follow-ups": the contacts the signed-in user logged with a follow-up date. Every one of
// them is theirs, so in their scope; the people, circle and organization named are still
// filtered, since a person may have left the scope (or gone to the trash) since.

const OPEN_LIMIT = 200;
const DONE_LIMIT = 50;

export type TFollowUpView = 'open' | 'done';

function select(actor: TActor) {
  return {
    id: true,
    occurredAt: true,
    kind: true,
    summary: true,
    followUpOn: true,
    followUpDone: true,
    organization: { select: { id: true, name: true } },
    circle: { select: { id: true, name: true } },
    people: {
      where: { person: personScope(actor) },
      select: { person: { select: { id: true, givenName: true, familyName: true, preferredName: true, doNotContact: true } } },
    },
  } satisfies Prisma.InteractionSelect;
}

export type TFollowUp = Omit<Prisma.InteractionGetPayload<{ select: ReturnType<typeof select> }>, 'followUpOn'> & {
  /** A calendar day, YYYY-MM-DD. */
  followUpOn: string;
};

/** `today` is the organization's calendar day (YYYY-MM-DD), which decides what is overdue. */
export async function listMyFollowUps(actor: TActor, { view, today }: { view: TFollowUpView; today: string }) {
  requireCan(actor, 'interactions.log');
  const mine: Prisma.InteractionWhereInput = { loggedById: actor.userId, followUpOn: { not: null } };
  const todayDate = dateColumn(today);
  const [rows, open, overdue, dueToday, done] = await Promise.all([
    db.interaction.findMany({
      where: { ...mine, followUpDone: view === 'done' },
      select: select(actor),
      orderBy: view === 'open' ? [{ followUpOn: 'asc' }, { occurredAt: 'desc' }, { id: 'asc' }] : [{ updatedAt: 'desc' }, { id: 'asc' }],
      take: view === 'open' ? OPEN_LIMIT : DONE_LIMIT,
    }),
    db.interaction.count({ where: { ...mine, followUpDone: false } }),
    db.interaction.count({ where: { ...mine, followUpDone: false, followUpOn: { lt: todayDate } } }),
    db.interaction.count({ where: { ...mine, followUpDone: false, followUpOn: todayDate } }),
    db.interaction.count({ where: { ...mine, followUpDone: true } }),
  ]);
  const orgs = new Set(
    (await db.organization.findMany({ where: { AND: [{ id: { in: ids(rows.map((r) => r.organization?.id)) } }, organizationScope(actor)] }, select: { id: true } })).map((o) => o.id),
  );
  const circles = new Set(
    (await db.circle.findMany({ where: { AND: [{ id: { in: ids(rows.map((r) => r.circle?.id)) } }, circleScope(actor)] }, select: { id: true } })).map((c) => c.id),
  );
  const items: TFollowUp[] = rows.map((r) => ({
    ...r,
    followUpOn: dayOfColumn(r.followUpOn!),
    organization: r.organization && orgs.has(r.organization.id) ? r.organization : null,
    circle: r.circle && circles.has(r.circle.id) ? r.circle : null,
  }));
  return { items, counts: { open, overdue, dueToday, done } };
}

const ids = (list: (string | undefined)[]) => [...new Set(list.filter((x): x is string => Boolean(x)))];
