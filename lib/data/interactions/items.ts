import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { circleScopeSql } from '@/lib/access/scopes/circles';
import { interactionScopeSql } from '@/lib/access/scopes/interactions';
import { organizationScopeSql } from '@/lib/access/scopes/organizations';
import { personScopeSql } from '@/lib/access/scopes/people';
import { personOrder, toDate, type TPersonRef } from '@/lib/data/profile/sql';
import { displayName } from '@/lib/format/person-name';
import { Prisma } from '@/lib/generated/prisma/client';
import type { InteractionKind } from '@/lib/generated/prisma/enums';

// An interaction as a list item, wherever logged contacts are listed: a person's timeline and
// open follow-ups, a circle's or an organization's recent contact, "my follow-ups". One select,
// so that every list names the same things and hides the same things.

export type TInteractionItem = {
  id: string;
  occurredAt: Date;
  kind: InteractionKind;
  summary: string;
  notes: string | null;
  /** A calendar day, YYYY-MM-DD. */
  followUpOn: string | null;
  followUpDone: boolean;
  /** `isViewer` when the one who logged it is the one looking. */
  loggedBy: { name: string; isViewer: boolean };
  /** Named only when the viewer may see them. */
  organization: { id: string; name: string } | null;
  circle: { id: string; name: string } | null;
  /** The people involved whom the viewer may see; the others are only counted. */
  people: { id: string; name: string; doNotContact: boolean }[];
  otherPeople: number;
};

/** An item as interactionItemJson builds it. */
export type TRawInteractionItem = Omit<TInteractionItem, 'occurredAt' | 'loggedBy' | 'people' | 'otherPeople'> & {
  occurredAt: string;
  loggedBy: { isViewer: boolean; email: string; person: TPersonRef | null };
  people: (TPersonRef & { doNotContact: boolean })[];
  involved: number;
};

/**
 * The interaction `i` as one JSON list item, for `actor`: the people, circle and organization out
 * of scope are left unnamed (security: the person scope is checked row by row). `without` is the
 * person whose page it is, neither named nor counted.
 */
export function interactionItemJson(actor: TActor, without?: string): Prisma.Sql {
  const others = without ? Prisma.sql`AND iq.person_id <> ${without}::uuid` : Prisma.empty;
  return Prisma.sql`json_build_object(
    'id', i.id, 'occurredAt', i.occurred_at, 'kind', i.kind, 'summary', i.summary, 'notes', i.notes,
    'followUpOn', i.follow_up_on, 'followUpDone', i.follow_up_done,
    'loggedBy', (SELECT json_build_object('isViewer', u.id = ${actor.userId}::uuid, 'email', COALESCE(u.email, u.phone), 'person', CASE WHEN up.id IS NULL THEN NULL ELSE
                   json_build_object('id', up.id, 'givenName', up.given_name, 'familyName', up.family_name, 'preferredName', up.preferred_name) END)
                   FROM app_user u LEFT JOIN person up ON up.id = u.person_id AND up.deleted_at IS NULL WHERE u.id = i.logged_by_id),
    'organization', (SELECT json_build_object('id', o.id, 'name', o.name) FROM organization o
                      WHERE o.id = i.organization_id AND ${organizationScopeSql(actor, 'o')}),
    'circle', (SELECT json_build_object('id', c.id, 'name', c.name) FROM circle c
                WHERE c.id = i.circle_id AND ${circleScopeSql(actor, 'c')}),
    'people', COALESCE((SELECT json_agg(json_build_object('id', q.id, 'givenName', q.given_name, 'familyName', q.family_name,
                                          'preferredName', q.preferred_name, 'doNotContact', q.do_not_contact) ORDER BY ${personOrder('q')})
                 FROM interaction_person iq JOIN person q ON q.id = iq.person_id
                WHERE iq.interaction_id = i.id ${others} AND ${personScopeSql(actor, 'q', 'check')}), '[]'),
    'involved', (SELECT count(*)::int FROM interaction_person iq JOIN person q ON q.id = iq.person_id AND q.deleted_at IS NULL
                  WHERE iq.interaction_id = i.id ${others}))`;
}

/** A list item as interactionItemJson built it, in its final shape. */
export function toInteractionItem({ loggedBy, people, involved, occurredAt, ...rest }: TRawInteractionItem): TInteractionItem {
  return {
    ...rest,
    occurredAt: toDate(occurredAt),
    loggedBy: { name: loggedBy.person ? displayName(loggedBy.person) : loggedBy.email, isViewer: loggedBy.isViewer },
    people: people.map((p) => ({ id: p.id, name: displayName(p), doNotContact: p.doNotContact })),
    otherPeople: involved - people.length,
  };
}

/**
 * The interactions of `ids`, in that order, as list items. The ids come from a read that kept to
 * what the actor may see (interactionScope, or their own follow-ups); security: the scope is
 * applied here again, so no caller can list an interaction the actor may not see.
 */
export async function interactionItemsByIds(actor: TActor, ids: string[]): Promise<TInteractionItem[]> {
  if (!ids.length) return [];
  const rows = await db.$queryRaw<{ item: TRawInteractionItem }[]>(Prisma.sql`
    SELECT ${interactionItemJson(actor)} AS item FROM interaction i
     WHERE i.id = ANY(${ids}::uuid[]) AND ${interactionScopeSql(actor, 'i')} ORDER BY array_position(${ids}::uuid[], i.id)`);
  return rows.map((r) => toInteractionItem(r.item));
}
