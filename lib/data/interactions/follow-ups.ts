import type { TActor } from '@/lib/access/actor';
import { orgClock } from '@/lib/data/admin/clock';
import { addDays, dateColumn } from '@/lib/format/dates';
import { db } from '@/lib/db/prisma';
import { requireCan } from '@/lib/access/capabilities';
import { interactionItemsByIds, type TInteractionItem } from '@/lib/data/interactions/items';
import type { Prisma } from '@/lib/generated/prisma/client';

// "My follow-ups": the contacts the signed-in user logged with a follow-up date. Every one of
// them is theirs, so in their scope; the people, circle and organization named are still
// filtered (by the list item's select), since a person may have left the scope (or gone to the
// trash) since. Open ones come as a triage: overdue, this week (today and the six days after),
// later; each group in date order, oldest first.

const GROUP_LIMIT = 200;
const DONE_LIMIT = 50;

export type TFollowUpView = 'open' | 'done';
export type TFollowUpGroups = { overdue: TInteractionItem[]; thisWeek: TInteractionItem[]; later: TInteractionItem[] };

const byDate: Prisma.InteractionOrderByWithRelationInput[] = [{ followUpOn: 'asc' }, { occurredAt: 'desc' }, { id: 'asc' }];

/**
 * What is overdue and due today is decided on the organization's day at `now`; that day comes
 * back with the list, for the page to mark each item by the same day.
 */
export async function listMyFollowUps(actor: TActor, { view, now = new Date() }: { view: TFollowUpView; now?: Date }) {
  requireCan(actor, 'interactions.log');
  const { today } = await orgClock(now);
  const mine: Prisma.InteractionWhereInput = { loggedById: actor.userId, followUpOn: { not: null } };
  const open: Prisma.InteractionWhereInput = { ...mine, followUpDone: false };
  const todayDate = dateColumn(today);
  const weekEnd = dateColumn(addDays(today, 6));
  const ids = (where: Prisma.InteractionWhereInput, orderBy: Prisma.InteractionOrderByWithRelationInput[], take: number) =>
    db.interaction.findMany({ where, select: { id: true }, orderBy, take }).then((rows) => rows.map((r) => r.id));
  const [groupIds, doneIds, openCount, overdue, dueToday, done] = await Promise.all([
    view === 'open'
      ? Promise.all([
          ids({ ...open, followUpOn: { lt: todayDate } }, byDate, GROUP_LIMIT),
          ids({ ...open, followUpOn: { gte: todayDate, lte: weekEnd } }, byDate, GROUP_LIMIT),
          ids({ ...open, followUpOn: { gt: weekEnd } }, byDate, GROUP_LIMIT),
        ])
      : null,
    view === 'done' ? ids({ ...mine, followUpDone: true }, [{ updatedAt: 'desc' }, { id: 'asc' }], DONE_LIMIT) : [],
    db.interaction.count({ where: open }),
    db.interaction.count({ where: { ...open, followUpOn: { lt: todayDate } } }),
    db.interaction.count({ where: { ...open, followUpOn: todayDate } }),
    db.interaction.count({ where: { ...mine, followUpDone: true } }),
  ]);
  const [overdueIds = [], weekIds = [], laterIds = []] = groupIds ?? [];
  const items = await interactionItemsByIds(actor, [...overdueIds, ...weekIds, ...laterIds, ...doneIds]);
  const byId = new Map(items.map((i) => [i.id, i]));
  const pick = (list: string[]) => list.flatMap((id) => byId.get(id) ?? []);
  const groups: TFollowUpGroups = { overdue: pick(overdueIds), thisWeek: pick(weekIds), later: pick(laterIds) };
  // `items`: the whole list in order (the groups one after the other, or the done ones).
  const all = view === 'open' ? [...groups.overdue, ...groups.thisWeek, ...groups.later] : pick(doneIds);
  return { groups, items: all, counts: { open: openCount, overdue, dueToday, done }, today };
}

/** One of the actor's own follow-ups, open or done, as a list item; null if it is not theirs. */
export async function getMyFollowUp(actor: TActor, id: string): Promise<TInteractionItem | null> {
  requireCan(actor, 'interactions.log');
  const own = await db.interaction.count({ where: { id, loggedById: actor.userId, followUpOn: { not: null } } });
  return own ? ((await interactionItemsByIds(actor, [id]))[0] ?? null) : null;
}
