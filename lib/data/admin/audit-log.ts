import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { requireCan } from '@/lib/access/capabilities';
import { recordAudit } from '@/lib/data/audit';
import type { TAuditAction } from '@/lib/vocabulary/audit-actions';
import { personScope } from '@/lib/access/scopes/people';
import { nameMatchesSql, searchTerms } from '@/lib/data/people/search';
import { notFoundError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { displayName } from '@/lib/format/person-name';
import { accountName } from '@/lib/format/account';

// Reading the audit log (leadership only), and recording the one event that is not a change:
// someone opening a person's profile.

export type TAuditFilters = {
  personId?: string;
  personName?: string;
  actorUserId?: string;
  action?: TAuditAction;
  /** Inclusive start and exclusive end, as instants. */
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
};

const nameSelect = { id: true, givenName: true, familyName: true, preferredName: true } satisfies Prisma.PersonSelect;

/** Everyone whose name matches, the trash included (the log speaks of them too); names folded as in search. */
async function personIdsByName(name: string): Promise<string[]> {
  const terms = searchTerms(name);
  if (!terms?.names) return [];
  // The live people through the name index (it covers only them), the few in the trash one by one.
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    (SELECT p.id FROM person p WHERE p.deleted_at IS NULL AND ${nameMatchesSql(terms.text)} LIMIT 500)
    UNION ALL
    (SELECT p.id FROM person p WHERE p.deleted_at IS NOT NULL AND ${nameMatchesSql(terms.text)} LIMIT 500)`);
  return rows.map((r) => r.id);
}

/** A page of audit entries, newest first, with who did it and what it was about. */
export async function listAuditEvents(actor: TActor, f: TAuditFilters) {
  requireCan(actor, 'admin.audit');
  const byName = f.personName ? await personIdsByName(f.personName) : undefined;
  // An entry about a person: one of their own, or a list they were in (a list view keeps its ids).
  const about = (ids: string[]): Prisma.AuditEventWhereInput => ({
    OR: [{ entityType: 'person', entityId: { in: ids } }, { entityIds: { hasSome: ids } }],
  });
  const where: Prisma.AuditEventWhereInput = {
    AND: [
      f.personId ? about([f.personId]) : {},
      byName ? about(byName) : {},
      f.actorUserId ? { actorUserId: f.actorUserId } : {},
      f.action ? { action: f.action } : {},
      f.from || f.to ? { at: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } } : {},
    ],
  };
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      select: { id: true, at: true, action: true, entityType: true, entityId: true, changedFields: true, actorUserId: true, entityIds: true },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      skip: (f.page - 1) * f.pageSize,
      take: f.pageSize,
    }),
    db.auditEvent.count({ where }),
  ]);
  // Name the records the entries are about, and who did them, in a few queries for the whole page.
  const idsOf = (type: string) => [...new Set(events.filter((e) => e.entityType === type && e.entityId && UUID.test(e.entityId)).map((e) => e.entityId!))];
  const actorIds = events.flatMap((e) => (e.actorUserId ? [e.actorUserId] : []));
  const [people, users, mobilizations] = await Promise.all([
    db.person.findMany({ where: { id: { in: idsOf('person') } }, select: nameSelect }),
    db.user.findMany({ where: { id: { in: [...new Set([...idsOf('user'), ...actorIds])] } }, select: userSelect }),
    db.mobilization.findMany({ where: { id: { in: idsOf('mobilization') } }, select: { id: true, name: true } }),
  ]);
  const personById = new Map(people.map((p) => [p.id, p]));
  const userById = new Map(users.map((u) => [u.id, userRef(u)]));
  const mobilizationById = new Map(mobilizations.map((m) => [m.id, m.name]));
  const rows = events.map(({ actorUserId, entityIds, ...e }) => ({
    ...e,
    // A list view: how many people it showed (their ids stay in the database, for the person filter).
    count: entityIds.length ? entityIds.length : null,
    actor: actorUserId ? (userById.get(actorUserId) ?? null) : null,
    person: e.entityType === 'person' && e.entityId ? (personById.get(e.entityId) ?? null) : null,
    userEmail: e.entityType === 'user' && e.entityId ? (userById.get(e.entityId)?.account ?? null) : null,
    mobilization: e.entityType === 'mobilization' && e.entityId ? (mobilizationById.get(e.entityId) ?? null) : null,
  }));
  return { rows, total };
}
export type TAuditRow = Awaited<ReturnType<typeof listAuditEvents>>['rows'][number];

const UUID = /^[0-9a-f-]{36}$/i;
const userSelect = { id: true, email: true, phone: true, person: { select: nameSelect } } satisfies Prisma.UserSelect;
/** Who did it: their person's name where the account has one, with the account (email, else phone) beside it. */
const userRef = (u: Prisma.UserGetPayload<{ select: typeof userSelect }>) => ({ id: u.id, account: accountName(u), name: u.person ? displayName(u.person) : null });

/** The users to filter by (named as in the log), and the person a `person` filter names. */
export async function getAuditFilterOptions(actor: TActor, personId?: string) {
  requireCan(actor, 'admin.audit');
  const [users, person] = await Promise.all([
    db.user.findMany({ select: userSelect, orderBy: { email: 'asc' } }),
    personId ? db.person.findUnique({ where: { id: personId }, select: nameSelect }) : null,
  ]);
  return { users: users.map(userRef), person };
}

/**
 * Records that the actor opened someone's profile. Called by the person page (app/(app)/people/[id]); the person must be
 * in the actor's scope (otherwise NotFound, like every other read).
 */
export async function recordProfileView(actor: TActor, personId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const person = await tx.person.findFirst({ where: { AND: [{ id: personId }, personScope(actor)] }, select: { id: true } });
    if (!person) throw notFoundError();
    await recordAudit(tx, actor, { action: 'VIEW', entityType: 'person', entityId: personId });
  });
}
