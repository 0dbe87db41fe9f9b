import type { TActor } from '@/lib/access/actor';
import { can, requireCan, rolesWith } from '@/lib/access/capabilities';
import { db } from '@/lib/db/prisma';
import type { TInteractionItem } from '@/lib/data/interactions/items';
import { recentInteractions } from '@/lib/data/interactions/recent';
import { organizationScope } from '@/lib/access/scopes/organizations';
import { personScope } from '@/lib/access/scopes/people';
import { rosterMatches, rosterPage, type TRosterPage } from '@/lib/data/people/roster';
import { notFoundError } from '@/lib/errors';
import { displayName } from '@/lib/format/person-name';
import { accountName } from '@/lib/format/account';
import { listedPersonSelect, precinctLabel } from '@/lib/format/precinct';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Closeness, OrganizationKind } from '@/lib/generated/prisma/enums';
import type { TRosterParams } from '@/lib/validation/roster';

// Allied organizations: leadership sees all; a coordinator the ones assigned to them; members none.
// Leadership and the coordinator who owns the relationship edit one and its list of people
// ('organizations.edit'); the reads of the edit form are here too.

/** After this many days without contact (or with none ever), a relationship needs attention. */
export const STALE_AFTER_DAYS = 60;

export function isStale(lastContactAt: Date | null, now = new Date()): boolean {
  return !lastContactAt || now.getTime() - lastContactAt.getTime() > STALE_AFTER_DAYS * 86_400_000;
}

const ownerSelect = {
  id: true,
  email: true,
  phone: true,
  person: { select: { givenName: true, familyName: true, preferredName: true } },
} satisfies Prisma.UserSelect;
const ownerName = (o: Prisma.UserGetPayload<{ select: typeof ownerSelect }>) => (o.person ? displayName(o.person) : accountName(o));

/** Being in touch: an interaction about the organization, or with one of its point people. */
const contactWith = (organizationId: string): Prisma.InteractionWhereInput => ({
  OR: [
    { organizationId },
    { people: { some: { person: { affiliations: { some: { organizationId, isPointPerson: true } } } } } },
  ],
});

/** The date of the last contact with each organization (absent: never). */
async function lastContacts(ids: string[]): Promise<Map<string, Date>> {
  const last = new Map<string, Date>();
  const keep = (id: string, at: Date | null | undefined) => {
    if (at && (!last.has(id) || at > last.get(id)!)) last.set(id, at);
  };
  const [direct, points] = await Promise.all([
    db.interaction.groupBy({ by: ['organizationId'], where: { organizationId: { in: ids } }, _max: { occurredAt: true } }),
    db.affiliation.findMany({
      where: { organizationId: { in: ids }, isPointPerson: true },
      select: {
        organizationId: true,
        person: {
          select: {
            interactions: {
              select: { interaction: { select: { occurredAt: true } } },
              orderBy: { interaction: { occurredAt: 'desc' } },
              take: 1,
            },
          },
        },
      },
    }),
  ]);
  for (const d of direct) if (d.organizationId) keep(d.organizationId, d._max.occurredAt);
  for (const p of points) keep(p.organizationId, p.person.interactions[0]?.interaction.occurredAt);
  return last;
}

export type TOrganizationRow = {
  id: string;
  name: string;
  kind: OrganizationKind;
  closeness: Closeness;
  owner: string | null;
  /** The affiliated people the actor may see, and how many of them are point people. */
  affiliated: number;
  pointPeople: number;
  lastContactAt: Date | null;
  stale: boolean;
};

export async function listOrganizations(actor: TActor): Promise<TOrganizationRow[]> {
  const orgs = await db.organization.findMany({
    where: organizationScope(actor),
    select: {
      id: true,
      name: true,
      kind: true,
      closeness: true,
      owner: { select: ownerSelect },
      affiliations: { where: { person: personScope(actor) }, select: { isPointPerson: true } },
    },
    orderBy: [{ closeness: 'asc' }, { name: 'asc' }, { id: 'asc' }],
  });
  const last = orgs.length ? await lastContacts(orgs.map((o) => o.id)) : new Map<string, Date>();
  return orgs.map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    closeness: o.closeness,
    owner: o.owner ? ownerName(o.owner) : null,
    affiliated: o.affiliations.length,
    pointPeople: o.affiliations.filter((a) => a.isPointPerson).length,
    lastContactAt: last.get(o.id) ?? null,
    stale: isStale(last.get(o.id) ?? null),
  }));
}

export type TAffiliatedPerson = { personId: string; name: string; role: string | null; isPointPerson: boolean; precinct: string | null };

/** One organization as the actor may see it; NotFound if it is missing or out of scope. */
export async function getOrganization(actor: TActor, id: string) {
  const org = await db.organization.findFirst({
    where: { AND: [{ id }, organizationScope(actor)] },
    select: {
      id: true,
      name: true,
      kind: true,
      closeness: true,
      agreementNotes: true,
      disagreementNotes: true,
      notes: true,
      version: true,
      ownerUserId: true,
      owner: { select: ownerSelect },
      _count: { select: { affiliations: { where: { person: { deletedAt: null } } } } },
    },
  });
  if (!org) throw notFoundError();
  const [seen, last] = await Promise.all([
    // Security: only the people the actor may see are named (a page at a time, listOrganizationPeople); the rest are only counted.
    db.affiliation.count({ where: { organizationId: id, person: personScope(actor) } }),
    lastContacts([id]),
  ]);
  const lastContactAt = last.get(id) ?? null;
  return {
    id: org.id,
    name: org.name,
    kind: org.kind,
    closeness: org.closeness,
    agreementNotes: org.agreementNotes,
    disagreementNotes: org.disagreementNotes,
    notes: org.notes,
    version: org.version,
    owner: org.owner ? { userId: org.owner.id, name: ownerName(org.owner), isMe: org.owner.id === actor.userId } : null,
    peopleCount: seen,
    // Affiliated people the actor may not see: the count, never who.
    otherPeople: org._count.affiliations - seen,
    lastContactAt,
    daysSinceContact: lastContactAt ? Math.floor((Date.now() - lastContactAt.getTime()) / 86_400_000) : null,
    stale: isStale(lastContactAt),
    canEdit: can(actor, 'organizations.edit', org),
  };
}
export type TOrganizationDetail = Awaited<ReturnType<typeof getOrganization>>;

/** A page of the organization's people the actor may see (point people first), narrowed by a search by name. */
export async function listOrganizationPeople(actor: TActor, id: string, { q, page }: TRosterParams): Promise<{ rows: TAffiliatedPerson[] } & TRosterPage> {
  const org = await db.organization.findFirst({ where: { AND: [{ id }, organizationScope(actor)] }, select: { id: true } });
  if (!org) throw notFoundError();
  const matches = await rosterMatches('organization', id, q);
  const where = { organizationId: id, person: { AND: [personScope(actor), ...(matches ? [{ id: { in: matches } }] : [])] } };
  const at = rosterPage(await db.affiliation.count({ where }), page);
  const rows = await db.affiliation.findMany({
    where,
    select: { role: true, isPointPerson: true, person: { select: listedPersonSelect } },
    orderBy: [{ isPointPerson: 'desc' }, { person: { familyName: 'asc' } }, { person: { givenName: 'asc' } }, { personId: 'asc' }],
    skip: at.skip,
    take: at.take,
  });
  return {
    ...at,
    rows: rows.map((r) => ({ personId: r.person.id, name: displayName(r.person), role: r.role, isPointPerson: r.isPointPerson, precinct: precinctLabel(r.person.precinct) })),
  };
}

/** The organization's newest interactions: those about it and those with its point people. */
export async function listOrganizationInteractions(actor: TActor, id: string): Promise<TInteractionItem[]> {
  const org = await db.organization.findFirst({ where: { AND: [{ id }, organizationScope(actor)] }, select: { id: true } });
  if (!org) throw notFoundError();
  return recentInteractions(actor, contactWith(id));
}

/**
 * The organization, if the actor may change it ('organizations.edit'). Out of scope, and in scope
 * but not theirs to change, are the same NotFound.
 */
export async function editableOrganization(tx: Prisma.TransactionClient, actor: TActor, id: string) {
  const org = await tx.organization.findFirst({ where: { AND: [{ id }, organizationScope(actor)] } });
  if (!org) throw notFoundError();
  requireCan(actor, 'organizations.edit', org);
  return org;
}

/** For the edit form: the fields, the version, and whether the owner may be changed. */
export async function getOrganizationForEdit(actor: TActor, id: string) {
  const org = await editableOrganization(db, actor, id);
  const owner = org.ownerUserId ? await db.user.findUnique({ where: { id: org.ownerUserId }, select: ownerSelect }) : null;
  return {
    id: org.id,
    name: org.name,
    kind: org.kind,
    closeness: org.closeness,
    ownerUserId: org.ownerUserId,
    agreementNotes: org.agreementNotes,
    disagreementNotes: org.disagreementNotes,
    version: org.version,
    ownerName: owner ? ownerName(owner) : null,
    canChangeOwner: can(actor, 'organizations.changeOwner'),
  };
}

/** Who may own a relationship ('organizations.own'), among active users. Leadership only (it lists users). */
export async function listOwnerCandidates(actor: TActor): Promise<{ userId: string; name: string }[]> {
  requireCan(actor, 'organizations.changeOwner');
  const users = await db.user.findMany({
    where: { role: { in: rolesWith('organizations.own') }, disabledAt: null },
    select: ownerSelect,
    orderBy: { email: 'asc' },
  });
  return users
    .map((u) => ({ userId: u.id, name: u.person ? `${displayName(u.person)} (${accountName(u)})` : accountName(u) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
