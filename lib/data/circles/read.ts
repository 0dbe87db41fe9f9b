import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import type { TInteractionItem } from '@/lib/data/interactions/items';
import { recentInteractions } from '@/lib/data/interactions/recent';
import { circleScope } from '@/lib/access/scopes/circles';
import { personScope, personScopeSql } from '@/lib/access/scopes/people';
import { rosterMatches, rosterPage, type TRosterPage } from '@/lib/data/people/roster';
import { notFoundError } from '@/lib/errors';
import { displayName } from '@/lib/format/person-name';
import { listedPersonSelect, precinctLabel } from '@/lib/format/precinct';
import { CircleRole, type CircleKind } from '@/lib/generated/prisma/enums';
import { can, requireCan } from '@/lib/access/capabilities';
import { isCircleLeader } from '@/lib/validation/circle';
import type { TRosterParams } from '@/lib/validation/roster';

// Circles: leadership sees and edits all; a coordinator sees the circles assigned to them and
// manages their members; a member sees only the circles they belong to, by name and their own role.

export type TCircleRow = {
  id: string;
  name: string;
  kind: CircleKind;
  /** Null for members, who see names and their own role only. */
  memberCount: number | null;
  leaderCount: number | null;
  myRole: CircleRole | null;
};

/** The actor's own membership row, selected alongside a circle (none when they have no person record). */
const ownMembership = (actor: TActor) => ({
  where: { personId: actor.personId ?? undefined },
  select: { role: true },
  take: actor.personId ? 1 : 0,
});

export async function listCircles(actor: TActor): Promise<TCircleRow[]> {
  const circles = await db.circle.findMany({
    where: circleScope(actor),
    select: { id: true, name: true, kind: true, members: ownMembership(actor) },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  const isMember = !can(actor, 'circles.seeMembers');
  const counts = new Map<string, { all: number; leaders: number }>();
  if (!isMember && circles.length > 0) {
    const groups = await db.circleMembership.groupBy({
      by: ['circleId', 'role'],
      where: { circleId: { in: circles.map((c) => c.id) }, person: personScope(actor) },
      _count: { _all: true },
    });
    for (const g of groups) {
      const c = counts.get(g.circleId) ?? { all: 0, leaders: 0 };
      c.all += g._count._all;
      if (isCircleLeader(g.role)) c.leaders += g._count._all;
      counts.set(g.circleId, c);
    }
  }
  return circles.map((c) => ({
    id: c.id,
    name: c.name,
    kind: c.kind,
    memberCount: isMember ? null : (counts.get(c.id)?.all ?? 0),
    leaderCount: isMember ? null : (counts.get(c.id)?.leaders ?? 0),
    myRole: c.members[0]?.role ?? null,
  }));
}

export type TCircleMember = { personId: string; name: string; role: CircleRole; since: Date; precinct: string | null };
export type TCirclePrecinct = { label: string | null; count: number };

/** What a member of the circle sees: its name, its kind, and their own role. Nothing else. */
export type TCircleMemberView = { view: 'member'; id: string; name: string; kind: CircleKind; myRole: CircleRole | null };
export type TCircleFullView = {
  view: 'full';
  id: string;
  name: string;
  kind: CircleKind;
  description: string | null;
  version: number;
  myRole: CircleRole | null;
  /** Its members the actor may see; their roster is read a page at a time (listCircleMembers). */
  memberCount: number;
  leaders: { personId: string; name: string }[];
  /** Where its members live, derived from their records: most first, "no precinct" (null) last. */
  precincts: TCirclePrecinct[];
  canEdit: boolean;
  canManageMembers: boolean;
};

/** One circle as the actor may see it; NotFound if it is missing or out of scope. */
export async function getCircle(actor: TActor, id: string): Promise<TCircleMemberView | TCircleFullView> {
  const circle = await db.circle.findFirst({
    where: { AND: [{ id }, circleScope(actor)] },
    select: { id: true, name: true, kind: true, description: true, version: true, members: ownMembership(actor) },
  });
  if (!circle) throw notFoundError();
  const myRole = circle.members[0]?.role ?? null;
  // Security: a member gets this much and no more (no description, no member list).
  if (!can(actor, 'circles.seeMembers')) return { view: 'member', id: circle.id, name: circle.name, kind: circle.kind, myRole };

  const seen = { circleId: id, person: personScope(actor) };
  const [memberCount, leaders, precincts] = await Promise.all([
    db.circleMembership.count({ where: seen }),
    db.circleMembership.findMany({
      where: { ...seen, role: CircleRole.LEADER },
      select: { person: { select: { id: true, givenName: true, familyName: true, preferredName: true } } },
      orderBy: [{ person: { familyName: 'asc' } }, { person: { givenName: 'asc' } }, { personId: 'asc' }],
    }),
    db.$queryRaw<TCirclePrecinct[]>`
      SELECT CASE WHEN pr.id IS NULL THEN NULL ELSE w.number || '-' || pr.number END AS label, count(*)::int AS count
        FROM circle_membership m JOIN person p ON p.id = m.person_id
        LEFT JOIN precinct pr ON pr.id = p.precinct_id LEFT JOIN ward w ON w.id = pr.ward_id
       WHERE m.circle_id = ${id}::uuid AND ${personScopeSql(actor, 'p')}
       GROUP BY 1`,
  ]);
  return {
    view: 'full',
    id: circle.id,
    name: circle.name,
    kind: circle.kind,
    description: circle.description,
    version: circle.version,
    myRole,
    memberCount,
    leaders: leaders.map((l) => ({ personId: l.person.id, name: displayName(l.person) })),
    precincts: sortPrecincts(precincts),
    canEdit: can(actor, 'circles.edit'),
    canManageMembers: can(actor, 'circles.manageMembers'),
  };
}

function sortPrecincts(counts: TCirclePrecinct[]): TCirclePrecinct[] {
  return [...counts].sort(
    (a, b) => Number(a.label === null) - Number(b.label === null) || b.count - a.count || (a.label ?? '').localeCompare(b.label ?? '', 'en', { numeric: true }),
  );
}

/**
 * A page of the circle's roster (leaders first, then by family name), the people the actor may
 * see, narrowed by a search by name when there is one.
 */
export async function listCircleMembers(actor: TActor, id: string, { q, page }: TRosterParams): Promise<{ rows: TCircleMember[] } & TRosterPage> {
  requireCan(actor, 'circles.seeMembers');
  const circle = await db.circle.findFirst({ where: { AND: [{ id }, circleScope(actor)] }, select: { id: true } });
  if (!circle) throw notFoundError();
  const matches = await rosterMatches('circle', id, q);
  const where = { circleId: id, person: { AND: [personScope(actor), ...(matches ? [{ id: { in: matches } }] : [])] } };
  const at = rosterPage(await db.circleMembership.count({ where }), page);
  const rows = await db.circleMembership.findMany({
    where,
    select: { role: true, since: true, person: { select: listedPersonSelect } },
    orderBy: [{ role: 'asc' }, { person: { familyName: 'asc' } }, { person: { givenName: 'asc' } }, { personId: 'asc' }],
    skip: at.skip,
    take: at.take,
  });
  return {
    ...at,
    rows: rows.map((r) => ({ personId: r.person.id, name: displayName(r.person), role: r.role, since: r.since, precinct: precinctLabel(r.person.precinct) })),
  };
}

/** The circle's newest interactions: those logged about it and those with its members. */
export async function listCircleInteractions(actor: TActor, id: string): Promise<TInteractionItem[]> {
  requireCan(actor, 'interactions.read');
  const circle = await db.circle.findFirst({ where: { AND: [{ id }, circleScope(actor)] }, select: { id: true } });
  if (!circle) throw notFoundError();
  return recentInteractions(actor, {
    OR: [{ circleId: id }, { people: { some: { person: { memberships: { some: { circleId: id } } } } } }],
  });
}

/** For the edit form: the circle's fields and version. Leadership only. */
export async function getCircleForEdit(actor: TActor, id: string) {
  requireCan(actor, 'circles.edit');
  const circle = await db.circle.findFirst({
    where: { AND: [{ id }, circleScope(actor)] },
    select: { id: true, name: true, kind: true, description: true, version: true },
  });
  if (!circle) throw notFoundError();
  return circle;
}
