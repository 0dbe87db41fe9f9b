import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { interactionScope } from '@/lib/access/scopes/interactions';
import { personScope } from '@/lib/access/scopes/people';
import { displayName } from '@/lib/format/person-name';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { InteractionKind } from '@/lib/generated/prisma/enums';

// The "recent contact" lists of the circle and organization pages: read-only, newest first.
// (The interactions area will own logging and its own list; this is only what these pages show.)

export type TRecentInteraction = {
  id: string;
  occurredAt: Date;
  kind: InteractionKind;
  summary: string;
  loggedBy: string;
  /** The people involved whom the actor may see; the others are only counted. */
  people: { id: string; name: string }[];
  otherPeople: number;
  followUpOn: Date | null;
  followUpDone: boolean;
};

/** The newest interactions matching `about`, among those the actor may see. The caller checks scope first. */
export async function recentInteractions(actor: TActor, about: Prisma.InteractionWhereInput, take = 10): Promise<TRecentInteraction[]> {
  const rows = await db.interaction.findMany({
    where: { AND: [about, interactionScope(actor)] },
    select: {
      id: true,
      occurredAt: true,
      kind: true,
      summary: true,
      followUpOn: true,
      followUpDone: true,
      loggedBy: { select: { email: true, person: { select: { givenName: true, familyName: true, preferredName: true } } } },
      people: {
        where: { person: personScope(actor) },
        select: { person: { select: { id: true, givenName: true, familyName: true, preferredName: true } } },
      },
      _count: { select: { people: true } },
    },
    orderBy: [{ occurredAt: 'desc' }, { id: 'asc' }],
    take,
  });
  return rows.map((r) => ({
    id: r.id,
    occurredAt: r.occurredAt,
    kind: r.kind,
    summary: r.summary,
    loggedBy: r.loggedBy.person ? displayName(r.loggedBy.person) : r.loggedBy.email,
    people: r.people.map(({ person }) => ({ id: person.id, name: displayName(person) })),
    otherPeople: r._count.people - r.people.length,
    followUpOn: r.followUpOn,
    followUpDone: r.followUpDone,
  }));
}
