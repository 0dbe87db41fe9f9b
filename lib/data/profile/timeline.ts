import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { interactionItemJson, toInteractionItem, type TInteractionItem, type TRawInteractionItem } from '@/lib/data/interactions/items';
import { interactionScopeSql } from '@/lib/access/scopes/interactions';
import { Prisma } from '@/lib/generated/prisma/client';

// The interactions about a person, newest first, and their open follow-ups: one round trip.
// Callers must not ask for members, who see no interactions at all (getPersonProfile does not).

export const OPEN_FOLLOW_UPS_LIMIT = 20;

export type TProfileTimeline = { items: TInteractionItem[]; total: number; openFollowUps: TInteractionItem[] };

export async function queryProfileTimeline(actor: TActor, id: string, limit: number): Promise<TProfileTimeline> {
  const about = Prisma.sql`FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
                            WHERE ip.person_id = ${id}::uuid AND ${interactionScopeSql(actor, 'i')}`;
  const rows = await db.$queryRaw<[{ items: TRawInteractionItem[]; total: number; open: TRawInteractionItem[] }]>`
    SELECT
      COALESCE((SELECT json_agg(x.j ORDER BY x.at DESC, x.id) FROM (
                  SELECT ${interactionItemJson(actor, id)} AS j, i.occurred_at AS at, i.id ${about}
                   ORDER BY i.occurred_at DESC, i.id LIMIT ${limit}) x), '[]') AS items,
      (SELECT count(*)::int ${about}) AS total,
      COALESCE((SELECT json_agg(x.j ORDER BY x.due, x.id) FROM (
                  SELECT ${interactionItemJson(actor, id)} AS j, i.follow_up_on AS due, i.id ${about}
                     AND i.follow_up_on IS NOT NULL AND NOT i.follow_up_done
                   ORDER BY i.follow_up_on, i.id LIMIT ${OPEN_FOLLOW_UPS_LIMIT}) x), '[]') AS open`;
  const row = rows[0];
  return { items: row.items.map(toInteractionItem), total: row.total, openFollowUps: row.open.map(toInteractionItem) };
}
