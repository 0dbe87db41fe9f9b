import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { personRefJson, personOrder, toDate, type TPersonRef } from '@/lib/data/profile/sql';
import { circleScopeSql } from '@/lib/access/scopes/circles';
import { interactionScopeSql } from '@/lib/access/scopes/interactions';
import { organizationScopeSql } from '@/lib/access/scopes/organizations';
import { personScopeSql } from '@/lib/access/scopes/people';
import { Prisma } from '@/lib/generated/prisma/client';
import type { InteractionKind } from '@/lib/generated/prisma/enums';

// The interactions about a person, newest first, and their open follow-ups: one round trip.
// Callers must not ask for members, who see no interactions at all (getPersonProfile does not).

export const OPEN_FOLLOW_UPS_LIMIT = 20;

export type TTimelineItem = {
  id: string;
  occurredAt: Date;
  kind: InteractionKind;
  summary: string;
  notes: string | null;
  /** A calendar day, YYYY-MM-DD. */
  followUpOn: string | null;
  followUpDone: boolean;
  loggedBy: { id: string; email: string; person: TPersonRef | null };
  organization: { id: string; name: string } | null;
  circle: { id: string; name: string } | null;
  /** The other people involved whom the viewer may see. */
  people: TPersonRef[];
};
export type TProfileTimeline = { items: TTimelineItem[]; total: number; openFollowUps: TTimelineItem[] };

type TRawItem = Omit<TTimelineItem, 'occurredAt'> & { occurredAt: string };

function itemJson(actor: TActor, id: string): Prisma.Sql {
  return Prisma.sql`json_build_object(
    'id', i.id, 'occurredAt', i.occurred_at, 'kind', i.kind, 'summary', i.summary, 'notes', i.notes,
    'followUpOn', i.follow_up_on, 'followUpDone', i.follow_up_done,
    'loggedBy', (SELECT json_build_object('id', u.id, 'email', u.email,
                   'person', CASE WHEN up.id IS NULL THEN NULL ELSE ${personRefJson('up')} END)
                   FROM app_user u LEFT JOIN person up ON up.id = u.person_id AND up.deleted_at IS NULL WHERE u.id = i.logged_by_id),
    'organization', (SELECT json_build_object('id', o.id, 'name', o.name) FROM organization o
                      WHERE o.id = i.organization_id AND ${organizationScopeSql(actor, 'o')}),
    'circle', (SELECT json_build_object('id', c.id, 'name', c.name) FROM circle c
                WHERE c.id = i.circle_id AND ${circleScopeSql(actor, 'c')}),
    'people', COALESCE((SELECT json_agg(${personRefJson('q')} ORDER BY ${personOrder('q')})
                 FROM interaction_person iq JOIN person q ON q.id = iq.person_id
                WHERE iq.interaction_id = i.id AND q.id <> ${id}::uuid AND ${personScopeSql(actor, 'q', 'check')}), '[]'))`;
}

export async function queryProfileTimeline(actor: TActor, id: string, limit: number): Promise<TProfileTimeline> {
  const about = Prisma.sql`FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
                            WHERE ip.person_id = ${id}::uuid AND ${interactionScopeSql(actor, 'i')}`;
  const rows = await db.$queryRaw<[{ items: TRawItem[]; total: number; open: TRawItem[] }]>`
    SELECT
      COALESCE((SELECT json_agg(x.j ORDER BY x.at DESC, x.id) FROM (
                  SELECT ${itemJson(actor, id)} AS j, i.occurred_at AS at, i.id ${about}
                   ORDER BY i.occurred_at DESC, i.id LIMIT ${limit}) x), '[]') AS items,
      (SELECT count(*)::int ${about}) AS total,
      COALESCE((SELECT json_agg(x.j ORDER BY x.due, x.id) FROM (
                  SELECT ${itemJson(actor, id)} AS j, i.follow_up_on AS due, i.id ${about}
                     AND i.follow_up_on IS NOT NULL AND NOT i.follow_up_done
                   ORDER BY i.follow_up_on, i.id LIMIT ${OPEN_FOLLOW_UPS_LIMIT}) x), '[]') AS open`;
  const row = rows[0];
  const parse = (r: TRawItem): TTimelineItem => ({ ...r, occurredAt: toDate(r.occurredAt) });
  return { items: row.items.map(parse), total: row.total, openFollowUps: row.open.map(parse) };
}
