import type { TActor } from '@/lib/access/actor';
import { can } from '@/lib/access/capabilities';
import type { Prisma } from '@/lib/generated/prisma/client';

// Who may see which saved views of the people table: their owner always; leadership also those
// shared with leadership. (No SQL twin: every read of them goes through Prisma.) What a view shows
// is never decided here: its rows are always read through the viewer's person scope.

export function savedViewScope(actor: TActor): Prisma.SavedViewWhereInput {
  if (!can(actor, 'people.saveViews')) return { id: { in: [] } };
  return { OR: [{ ownerUserId: actor.userId }, ...(can(actor, 'scope.all') ? [{ shared: true }] : [])] };
}
