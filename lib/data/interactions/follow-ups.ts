import type { TActor } from '@/lib/access/actor';
import { orgClock } from '@/lib/data/admin/clock';
import { dateColumn } from '@/lib/format/dates';
import { db } from '@/lib/db/prisma';
import { requireCan } from '@/lib/access/capabilities';
import { interactionItemsByIds } from '@/lib/data/interactions/items';
import type { Prisma } from '@/lib/generated/prisma/client';

// "My follow-ups": the contacts the signed-in user logged with a follow-up date. Every one of
// them is theirs, so in their scope; the people, circle and organization named are still
// filtered (by the list item's select), since a person may have left the scope (or gone to the
// trash) since.

const OPEN_LIMIT = 200;
const DONE_LIMIT = 50;

export type TFollowUpView = 'open' | 'done';

/**
 * What is overdue and due today is decided on the organization's day at `now`; that day comes
 * back with the list, for the page to mark each item by the same day.
 */
export async function listMyFollowUps(actor: TActor, { view, now = new Date() }: { view: TFollowUpView; now?: Date }) {
  requireCan(actor, 'interactions.log');
  const { today } = await orgClock(now);
  const mine: Prisma.InteractionWhereInput = { loggedById: actor.userId, followUpOn: { not: null } };
  const todayDate = dateColumn(today);
  const [rows, open, overdue, dueToday, done] = await Promise.all([
    db.interaction.findMany({
      where: { ...mine, followUpDone: view === 'done' },
      select: { id: true },
      orderBy: view === 'open' ? [{ followUpOn: 'asc' }, { occurredAt: 'desc' }, { id: 'asc' }] : [{ updatedAt: 'desc' }, { id: 'asc' }],
      take: view === 'open' ? OPEN_LIMIT : DONE_LIMIT,
    }),
    db.interaction.count({ where: { ...mine, followUpDone: false } }),
    db.interaction.count({ where: { ...mine, followUpDone: false, followUpOn: { lt: todayDate } } }),
    db.interaction.count({ where: { ...mine, followUpDone: false, followUpOn: todayDate } }),
    db.interaction.count({ where: { ...mine, followUpDone: true } }),
  ]);
  const items = await interactionItemsByIds(actor, rows.map((r) => r.id));
  return { items, counts: { open, overdue, dueToday, done }, today };
}
