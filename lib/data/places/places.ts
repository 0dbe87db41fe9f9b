import type { TActor } from '@/lib/access/actor';
import { requireCan } from '@/lib/access/capabilities';
import { changedFields, recordAudit, recordAuditMany } from '@/lib/data/audit';
import { db } from '@/lib/db/prisma';
import { AppError, notFoundError } from '@/lib/errors';
import { displayName } from '@/lib/format/person-name';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TPrecinctInput, TUpdatePrecinctInput, TWardInput } from '@/lib/validation/places';

// Wards and precincts, one by one (Admin → Places): leadership only. A place is linked by its id
// everywhere (people, captain, team, coordinators' scopes, election results), so renaming or
// renumbering one keeps every link. Lists of places: ensure.ts.

type TTx = Prisma.TransactionClient;

/** A number another place already has: said next to the field, not as a crash. */
function taken(e: unknown): never {
  if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') throw new AppError('INVALID', 'placeTaken', { field: 'number' });
  throw e;
}

/** Every ward, with how many precincts and people it has. */
export async function listWards(actor: TActor) {
  requireCan(actor, 'places.manage');
  const wards = await db.ward.findMany({
    select: { id: true, number: true, name: true, _count: { select: { precincts: true, people: { where: { deletedAt: null } } } } },
    orderBy: { number: 'asc' },
  });
  return wards.map((w) => ({ id: w.id, number: w.number, name: w.name, precincts: w._count.precincts, people: w._count.people }));
}
export type TWardRow = Awaited<ReturnType<typeof listWards>>[number];

/** A ward's precincts: captain (leadership sees everyone), precinct team and people, by number. */
export async function listWardPrecincts(actor: TActor, wardId: string) {
  requireCan(actor, 'places.manage');
  const ward = await db.ward.findUnique({ where: { id: wardId }, select: { id: true, number: true, name: true } });
  if (!ward) throw notFoundError();
  const precincts = await db.precinct.findMany({
    where: { wardId },
    select: {
      id: true, number: true, name: true,
      captain: { select: { id: true, givenName: true, familyName: true, preferredName: true, deletedAt: true } },
      teamCircle: { select: { id: true, name: true, deletedAt: true } },
      _count: { select: { people: { where: { deletedAt: null } } } },
    },
    orderBy: { number: 'asc' },
  });
  return {
    ward,
    precincts: precincts.map((p) => ({
      id: p.id, number: p.number, name: p.name, people: p._count.people,
      captain: p.captain && !p.captain.deletedAt ? { id: p.captain.id, name: displayName(p.captain) } : null,
      team: p.teamCircle && !p.teamCircle.deletedAt ? { id: p.teamCircle.id, name: p.teamCircle.name } : null,
    })),
  };
}
export type TWardPrecincts = Awaited<ReturnType<typeof listWardPrecincts>>;

/** One precinct as its edit page shows it, with the other precincts its people could move to. */
export async function getPrecinctForEdit(actor: TActor, id: string) {
  requireCan(actor, 'places.manage');
  const [list, circles] = await Promise.all([
    db.precinct.findUnique({ where: { id }, select: { wardId: true } }).then((p) => (p ? listWardPrecincts(actor, p.wardId) : null)),
    db.circle.findMany({ where: { deletedAt: null }, select: { id: true, name: true, kind: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  ]);
  const precinct = list?.precincts.find((p) => p.id === id);
  if (!list || !precinct) throw notFoundError();
  const others = await db.precinct.findMany({
    where: { id: { not: id } },
    select: { id: true, number: true, name: true, ward: { select: { number: true } } },
    orderBy: [{ ward: { number: 'asc' } }, { number: 'asc' }],
  });
  // The precinct teams first: the circles a precinct is most likely organized by.
  const teams = [...circles].sort((a, b) => Number(b.kind === 'PRECINCT_TEAM') - Number(a.kind === 'PRECINCT_TEAM'));
  return {
    ward: list.ward,
    precinct,
    circles: teams.map(({ id: circleId, name }) => ({ id: circleId, name })),
    others: others.map((o) => ({ id: o.id, label: `${o.ward.number}-${o.number}${o.name ? ` · ${o.name}` : ''}` })),
  };
}

export async function createWard(actor: TActor, input: TWardInput): Promise<{ id: string }> {
  requireCan(actor, 'places.manage');
  return db.$transaction(async (tx) => {
    const ward = await tx.ward.create({ data: input, select: { id: true } }).catch(taken);
    await recordAudit(tx, actor, { action: 'CREATE', entityType: 'ward', entityId: ward.id, fields: input.name ? ['number', 'name'] : ['number'] });
    return ward;
  });
}

export async function updateWard(actor: TActor, { id, ...input }: TWardInput & { id: string }): Promise<void> {
  requireCan(actor, 'places.manage');
  await db.$transaction(async (tx) => {
    const current = await tx.ward.findUnique({ where: { id }, select: { number: true, name: true } });
    if (!current) throw notFoundError();
    const fields = changedFields(current, input);
    if (!fields.length) return;
    await tx.ward.update({ where: { id }, data: input }).catch(taken);
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'ward', entityId: id, fields });
  });
}

/** A ward goes only once it has no precincts and nobody lives in it without one. */
export async function deleteWard(actor: TActor, id: string): Promise<void> {
  requireCan(actor, 'places.manage');
  await db.$transaction(async (tx) => {
    const ward = await tx.ward.findUnique({ where: { id }, select: { _count: { select: { precincts: true, people: true } } } });
    if (!ward) throw notFoundError();
    if (ward._count.precincts) throw new AppError('INVALID', 'wardHasPrecincts', { count: ward._count.precincts });
    if (ward._count.people) throw new AppError('INVALID', 'wardHasPeople', { count: ward._count.people });
    await tx.ward.delete({ where: { id } });
    await recordAudit(tx, actor, { action: 'DELETE', entityType: 'ward', entityId: id, fields: ['number', 'name'] });
  });
}

export async function createPrecinct(actor: TActor, input: TPrecinctInput): Promise<{ id: string }> {
  requireCan(actor, 'places.manage');
  return db.$transaction(async (tx) => {
    if (!(await tx.ward.findUnique({ where: { id: input.wardId }, select: { id: true } }))) throw notFoundError();
    const precinct = await tx.precinct.create({ data: input, select: { id: true } }).catch(taken);
    await recordAudit(tx, actor, { action: 'CREATE', entityType: 'precinct', entityId: precinct.id, fields: input.name ? ['wardId', 'number', 'name'] : ['wardId', 'number'] });
    return precinct;
  });
}

/** Number, name, captain and team; `captainId` undefined leaves the captain as is, null removes them. */
export async function updatePrecinct(actor: TActor, { id, captainId, ...input }: TUpdatePrecinctInput): Promise<void> {
  requireCan(actor, 'places.manage');
  await db.$transaction(async (tx) => {
    const current = await tx.precinct.findUnique({ where: { id }, select: { number: true, name: true, captainId: true, teamCircleId: true } });
    if (!current) throw notFoundError();
    if (captainId && !(await tx.person.findFirst({ where: { id: captainId, deletedAt: null }, select: { id: true } }))) {
      throw new AppError('INVALID', 'invalidChoice', { field: 'captainId' });
    }
    if (input.teamCircleId && !(await tx.circle.findFirst({ where: { id: input.teamCircleId, deletedAt: null }, select: { id: true } }))) {
      throw new AppError('INVALID', 'invalidChoice', { field: 'teamCircleId' });
    }
    const data = { ...input, ...(captainId !== undefined ? { captainId } : {}) };
    const fields = changedFields(current, data);
    if (!fields.length) return;
    await tx.precinct.update({ where: { id }, data }).catch(taken);
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'precinct', entityId: id, fields });
  });
}

/**
 * A precinct with people goes only with somewhere for them to go: `moveTo`, another precinct,
 * takes them (and their ward follows), each person's change audited. Without it, the refusal
 * says how many people live there.
 */
export async function deletePrecinct(actor: TActor, { id, moveTo }: { id: string; moveTo: string | null }): Promise<{ moved: number; wardId: string }> {
  requireCan(actor, 'places.manage');
  return db.$transaction(async (tx) => {
    const precinct = await tx.precinct.findUnique({ where: { id }, select: { id: true, wardId: true } });
    if (!precinct) throw notFoundError();
    const people = await tx.person.findMany({ where: { precinctId: id }, select: { id: true } });
    if (people.length && !moveTo) throw new AppError('INVALID', 'precinctHasPeople', { count: people.length, field: 'moveTo' });
    if (people.length && moveTo) await moveEveryone(tx, actor, people.map((p) => p.id), id, moveTo);
    await tx.precinct.delete({ where: { id } });
    await recordAudit(tx, actor, { action: 'DELETE', entityType: 'precinct', entityId: id, fields: ['wardId', 'number', 'name'] });
    return { moved: people.length, wardId: precinct.wardId };
  });
}

async function moveEveryone(tx: TTx, actor: TActor, ids: string[], from: string, to: string) {
  const target = to === from ? null : await tx.precinct.findUnique({ where: { id: to }, select: { id: true, wardId: true } });
  if (!target) throw new AppError('INVALID', 'invalidChoice', { field: 'moveTo' });
  await tx.person.updateMany({ where: { precinctId: from }, data: { precinctId: target.id, wardId: target.wardId, version: { increment: 1 } } });
  await recordAuditMany(tx, actor, { action: 'UPDATE', entityType: 'person', entityIds: ids, fields: ['precinctId'] });
}
