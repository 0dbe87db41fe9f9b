import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { interactionScope } from '@/lib/access/scopes/interactions';
import { interactionItemsByIds, type TInteractionItem } from '@/lib/data/interactions/items';
import type { Prisma } from '@/lib/generated/prisma/client';

// The "recent contact" lists of the circle and organization pages, newest first.

/** The newest interactions matching `about`, among those the actor may see. The caller checks scope first. */
export async function recentInteractions(actor: TActor, about: Prisma.InteractionWhereInput, take = 10): Promise<TInteractionItem[]> {
  const rows = await db.interaction.findMany({
    where: { AND: [about, interactionScope(actor)] },
    select: { id: true },
    orderBy: [{ occurredAt: 'desc' }, { id: 'asc' }],
    take,
  });
  return interactionItemsByIds(actor, rows.map((r) => r.id));
}
