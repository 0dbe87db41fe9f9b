import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { changedFields, recordAudit } from '@/lib/data/audit';
import { commitmentScope, mobilizationScope } from '@/lib/access/scopes/mobilizations';
import { can, requireCan } from '@/lib/access/capabilities';
import { personScope } from '@/lib/access/scopes/people';
import { AppError, notFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CommitmentStatus } from '@/lib/generated/prisma/enums';
import { statusAfterAnswer } from '@/lib/mobilization/funnel';
import type { TAskPeople, TNeeds } from '@/lib/validation/mobilization';
import { quotaFor } from '@/lib/data/mobilizations/quotas';

// Asking people to a mobilization and moving them along asked → committed → confirmed →
// attended (or no-show, or declined). Every write is scoped to the people the actor may see,
// and audited in the same transaction with field names only.

type TTx = Prisma.TransactionClient;

/** The mobilization, with its quotas, if the actor may see it (inside a write's transaction). */
export async function liveMobilization(tx: TTx, actor: TActor, id: string) {
  const m = await tx.mobilization.findFirst({
    where: { AND: [{ id }, mobilizationScope(actor)] },
    select: { id: true, quotas: { select: { id: true, circleId: true, organizationId: true, target: true }, orderBy: { target: 'desc' } } },
  });
  if (!m) throw notFoundError();
  return m;
}

/**
 * Asks people, skipping those already asked. Without a quota, each person counts against the
 * first quota of a circle they belong to, else of an ally they are affiliated with, else the open
 * seats. Asking more people into a quota than it has seats left is refused (INVALID
 * "askPastQuota", with the seats left and how many were being asked) unless `pastQuota` says the
 * asker saw that and goes on.
 */
export async function askPeople(actor: TActor, { mobilizationId, personIds, quotaId, pastQuota = false }: Omit<TAskPeople, 'pastQuota'> & { pastQuota?: boolean }) {
  requireCan(actor, 'mobilizations.organize');
  const ids = [...new Set(personIds)];
  return db.$transaction(async (tx) => {
    const m = await liveMobilization(tx, actor, mobilizationId);
    // Security: every person must be one the actor may see; one that is not refuses the whole ask.
    const people = await tx.person.findMany({
      where: { AND: [{ id: { in: ids } }, personScope(actor)] },
      select: { id: true, memberships: { select: { circleId: true } }, affiliations: { select: { organizationId: true } } },
    });
    if (people.length !== ids.length) throw notFoundError();
    if (quotaId && !m.quotas.some((q) => q.id === quotaId)) throw new AppError('INVALID', 'invalidChoice', { field: 'quotaId' });
    const already = new Set(
      (await tx.commitment.findMany({ where: { mobilizationId, personId: { in: ids } }, select: { personId: true } })).map((c) => c.personId),
    );
    const fresh = people.filter((p) => !already.has(p.id)).map((p) => ({ mobilizationId, personId: p.id, quotaId: quotaId ?? quotaFor(m.quotas, p), askedById: actor.personId }));
    if (!pastQuota) await refusePastQuota(tx, m.quotas, fresh);
    // Asked by someone else at the same moment: their commitment stands, and this one is skipped.
    const created = await tx.commitment.createManyAndReturn({ data: fresh, select: { id: true }, skipDuplicates: true });
    for (const c of created) {
      await recordAudit(tx, actor, { action: 'CREATE', entityType: 'commitment', entityId: c.id, fields: ['personId', 'quotaId', 'askedById', 'status'] });
    }
    return { added: created.length, alreadyAsked: already.size };
  });
}

/** The first quota this ask would take past its seats left (its target less those asked who have not said no). */
async function refusePastQuota(tx: TTx, quotas: { id: string; target: number }[], asking: { quotaId: string | null }[]) {
  const byQuota = new Map<string, number>();
  for (const a of asking) if (a.quotaId) byQuota.set(a.quotaId, (byQuota.get(a.quotaId) ?? 0) + 1);
  if (byQuota.size === 0) return;
  const taken = await tx.commitment.groupBy({
    by: ['quotaId'],
    where: { quotaId: { in: [...byQuota.keys()] }, status: { not: 'DECLINED' }, person: { deletedAt: null } },
    _count: { _all: true },
  });
  for (const [id, n] of byQuota) {
    const target = quotas.find((q) => q.id === id)?.target ?? 0;
    const left = Math.max(0, target - (taken.find((t) => t.quotaId === id)?._count._all ?? 0));
    if (n > left) throw new AppError('INVALID', 'askPastQuota', { quotaId: id, seatsLeft: left, asking: n });
  }
}

/** The columns a status change writes: check-in time for attended, answer time for a yes or no. */
function statusData(status: CommitmentStatus, now: Date): Prisma.CommitmentUpdateManyMutationInput {
  return {
    status,
    checkedInAt: status === 'ATTENDED' ? now : null,
    ...(status === 'COMMITTED' || status === 'DECLINED' ? { answeredAt: now } : {}),
  };
}

/** Moves the chosen people to a status. One of them out of scope (or of another mobilization) refuses all. */
export async function setCommitmentStatus(actor: TActor, input: { mobilizationId: string; commitmentIds: string[]; status: CommitmentStatus }) {
  requireCan(actor, 'mobilizations.organize');
  const ids = [...new Set(input.commitmentIds)];
  return db.$transaction(async (tx) => {
    // Rows locked in one order (by id) before the update, which locks them in the order it finds
    // them: two people moving the same commitments at once then wait for each other, not deadlock.
    await tx.$queryRaw`SELECT id FROM commitment WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR NO KEY UPDATE`;
    const { count } = await tx.commitment.updateMany({
      where: { AND: [{ id: { in: ids }, mobilizationId: input.mobilizationId }, commitmentScope(actor)] },
      data: statusData(input.status, new Date()),
    });
    if (count !== ids.length) throw notFoundError();
    for (const id of ids) await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'commitment', entityId: id, fields: ['status'] });
    return { updated: count };
  });
}

export async function updateNeeds(actor: TActor, commitmentId: string, needs: TNeeds) {
  requireCan(actor, 'mobilizations.organize');
  return db.$transaction(async (tx) => {
    const current = await tx.commitment.findFirst({ where: { AND: [{ id: commitmentId }, commitmentScope(actor)] } });
    if (!current) throw notFoundError();
    await tx.commitment.update({ where: { id: commitmentId }, data: needs });
    const fields = changedFields(current as unknown as Record<string, unknown>, needs);
    if (fields.length) await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'commitment', entityId: commitmentId, fields });
  });
}

/** A member's own answer (anyone may answer for themselves): yes or no, and their needs. */
export async function answerOwnCommitment(actor: TActor, input: TNeeds & { mobilizationId: string; answer: 'yes' | 'no' }) {
  const { mobilizationId, answer, ...needs } = input;
  if (!actor.personId) throw notFoundError();
  return db.$transaction(async (tx) => {
    const current = await tx.commitment.findFirst({ where: { mobilizationId, personId: actor.personId!, mobilization: { deletedAt: null } } });
    if (!current) throw notFoundError();
    const data = { ...needs, status: statusAfterAnswer(current.status, answer), answeredAt: new Date() };
    await tx.commitment.update({ where: { id: current.id }, data });
    const fields = changedFields(current as unknown as Record<string, unknown>, { ...needs, status: data.status });
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'commitment', entityId: current.id, fields: [...fields, 'answeredAt'] });
    return { status: data.status };
  });
}

/** The actor's own commitment to a mobilization, for the member's view. */
export async function getOwnCommitment(actor: TActor, mobilizationId: string) {
  if (!actor.personId) return null;
  return db.commitment.findFirst({
    where: { mobilizationId, personId: actor.personId, mobilization: { deletedAt: null } },
    select: { id: true, status: true, needInterpretation: true, needChildcare: true, needAccessibility: true, needSeatNearDoor: true, needsNote: true, answeredAt: true },
  });
}

/**
 * The mobilizations a person was asked to, newest first, for their record: attended ones are
 * their history of showing up. A member sees only their own; out of scope is NotFound.
 */
export async function listPersonMobilizations(actor: TActor, personId: string) {
  const person = await db.person.findFirst({ where: { AND: [{ id: personId }, personScope(actor)] }, select: { id: true } });
  if (!person) throw notFoundError();
  if (!can(actor, 'mobilizations.organize') && personId !== actor.personId) return [];
  const rows = await db.commitment.findMany({
    where: { personId, mobilization: { deletedAt: null } },
    select: { status: true, checkedInAt: true, mobilization: { select: { id: true, name: true, kind: true, startsAt: true } } },
    orderBy: { mobilization: { startsAt: 'desc' } },
  });
  return rows.map((r) => ({ ...r.mobilization, status: r.status, checkedInAt: r.checkedInAt }));
}
export type TPersonMobilization = Awaited<ReturnType<typeof listPersonMobilizations>>[number];
