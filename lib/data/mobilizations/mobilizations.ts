import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { can, requireCan } from '@/lib/access/capabilities';
import { orgClock } from '@/lib/data/admin/clock';
import { changedFields, recordAudit } from '@/lib/data/audit';
import { onlyEdited, staleEdit } from '@/lib/data/edits';
import { mobilizationScope } from '@/lib/access/scopes/mobilizations';
import { checkQuotaRefs, quotaData, quotaLabelSelect, quotaRefOf, type TQuotaLabel } from '@/lib/data/mobilizations/quotas';
import { notFoundError } from '@/lib/errors';
import { utcToWallTime } from '@/lib/format/dates';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CommitmentStatus } from '@/lib/generated/prisma/enums';
import { funnelOf, type TFunnel, type TStatusCounts } from '@/lib/mobilization/funnel';
import type { TEdits } from '@/lib/validation/edits';
import { byShownOrder, mobilizationFieldOf, mobilizationInputs, type TMobilizationInput } from '@/lib/validation/mobilization';

// Mobilizations and their quotas. The counts on a mobilization's bars are the whole
// organization's, for coordinators too: numbers without names (commitments.ts lists names,
// in scope only). Members never reach these functions' counts; see getOwnCommitment.

const baseSelect = {
  id: true, name: true, kind: true, startsAt: true, place: true, description: true, goal: true, goalUnit: true, version: true,
} as const;

export type TQuotaProgress = TQuotaLabel & { id: string | null; target: number | null; funnel: TFunnel };

/** Commitments by mobilization, quota and status, people in the trash left out. */
async function statusCounts(mobilizationIds: string[]) {
  const groups = await db.commitment.groupBy({
    by: ['mobilizationId', 'quotaId', 'status'],
    where: { mobilizationId: { in: mobilizationIds }, person: { deletedAt: null } },
    _count: { _all: true },
  });
  return groups;
}

function countsFor(groups: Awaited<ReturnType<typeof statusCounts>>, mobilizationId: string, quotaId?: string | null): TStatusCounts {
  const out: TStatusCounts = {};
  for (const g of groups) {
    if (g.mobilizationId !== mobilizationId || (quotaId !== undefined && g.quotaId !== quotaId)) continue;
    out[g.status as CommitmentStatus] = (out[g.status as CommitmentStatus] ?? 0) + g._count._all;
  }
  return out;
}

/**
 * Each mobilization's funnel (asked, committed, ...): organization-wide numbers, which members do
 * not see (null for them), as on the pages and in the API.
 */
export async function funnelsFor(actor: TActor, mobilizationIds: string[]): Promise<Map<string, TFunnel | null>> {
  if (!can(actor, 'mobilizations.organize')) return new Map(mobilizationIds.map((id) => [id, null]));
  const groups = await statusCounts(mobilizationIds);
  return new Map(mobilizationIds.map((id) => [id, funnelOf(countsFor(groups, id))]));
}

type TWhen = 'upcoming' | 'past';

/** Mobilizations in order of date (upcoming: soonest first; past: latest first), with their progress. */
export async function listMobilizations(actor: TActor, { when, take = 50 }: { when: TWhen; take?: number }) {
  const now = new Date();
  // A mobilization stays "upcoming" through its day, so check-in is one tap from the list.
  const dayAgo = new Date(now.getTime() - 12 * 3_600_000);
  const rows = await db.mobilization.findMany({
    where: { AND: [mobilizationScope(actor), when === 'upcoming' ? { startsAt: { gte: dayAgo } } : { startsAt: { lt: dayAgo } }] },
    select: {
      ...baseSelect,
      commitments: !can(actor, 'mobilizations.organize') ? { where: { personId: actor.personId ?? undefined }, select: { status: true } } : false,
    },
    orderBy: { startsAt: when === 'upcoming' ? 'asc' : 'desc' },
    take,
  });
  const funnels = await funnelsFor(actor, rows.map((r) => r.id));
  return rows.map(({ commitments, ...m }) => ({
    ...m,
    funnel: funnels.get(m.id) ?? null,
    myStatus: commitments?.[0]?.status ?? null,
  }));
}
export type TMobilizationRow = Awaited<ReturnType<typeof listMobilizations>>[number];

/** One mobilization with each quota's progress and the total against the goal. */
export async function getMobilization(actor: TActor, id: string) {
  const m = await db.mobilization.findFirst({
    where: { AND: [{ id }, mobilizationScope(actor)] },
    select: { ...baseSelect, quotas: { select: { id: true, target: true, ...quotaLabelSelect }, orderBy: { target: 'desc' } } },
  });
  if (!m) throw notFoundError();
  const started = m.startsAt.getTime() <= Date.now();
  if (!can(actor, 'mobilizations.organize')) return { ...m, started, quotas: [] as TQuotaProgress[], total: null };
  const groups = await statusCounts([m.id]);
  const quotas: TQuotaProgress[] = m.quotas.map((q) => ({ ...quotaRefOf(q), id: q.id, target: q.target, funnel: funnelOf(countsFor(groups, m.id, q.id)) }));
  // Open seats go last; people asked outside any quota show as their own row.
  quotas.sort((a, b) => byShownOrder({ ref: a.ref, target: String(a.target) }, { ref: b.ref, target: String(b.target) }));
  const loose = funnelOf(countsFor(groups, m.id, null));
  if (loose.asked > 0) quotas.push({ ref: 'none', name: null, id: null, target: null, funnel: loose });
  return { ...m, started, quotas, total: funnelOf(countsFor(groups, m.id)) };
}
export type TMobilization = Awaited<ReturnType<typeof getMobilization>>;

export async function createMobilization(actor: TActor, input: TMobilizationInput): Promise<{ id: string }> {
  requireCan(actor, 'mobilizations.plan');
  return db.$transaction(async (tx) => {
    const { quotas, ...fields } = input;
    await checkQuotaRefs(tx, quotas.map((q) => q.ref));
    const created = await tx.mobilization.create({ data: { ...fields, createdById: actor.userId }, select: { id: true } });
    if (quotas.length) await tx.quota.createMany({ data: quotas.map((q) => ({ mobilizationId: created.id, ...quotaData(q.ref), target: q.target })) });
    const fields_ = Object.entries(fields).filter(([, v]) => v != null).map(([k]) => k);
    await recordAudit(tx, actor, { action: 'CREATE', entityType: 'mobilization', entityId: created.id, fields: quotas.length ? [...fields_, 'quotas'] : fields_ });
    return created;
  });
}

/** Makes a mobilization's quotas these; whether any changed. Matched by where their seats come from, so commitments keep their quota. */
async function syncQuotas(tx: Prisma.TransactionClient, id: string, saved: Prisma.QuotaGetPayload<object>[], quotas: TMobilizationInput['quotas']): Promise<boolean> {
  const wanted = new Map(quotas.map((q) => [q.ref, q.target]));
  let changed = false;
  for (const q of saved) {
    const ref = quotaRefOf(q).ref;
    const target = wanted.get(ref);
    if (target === undefined) {
      await tx.quota.delete({ where: { id: q.id } });
      changed = true;
    } else if (target !== q.target) {
      await tx.quota.update({ where: { id: q.id }, data: { target } });
      changed = true;
    }
    wanted.delete(ref);
  }
  for (const [ref, target] of wanted) {
    await tx.quota.create({ data: { mobilizationId: id, ...quotaData(ref), target } });
    changed = true;
  }
  return changed;
}

/** A stale save, told with what is saved now as the edit form's inputs (lib/data/edits.ts). */
const stale = (m: Prisma.MobilizationGetPayload<{ include: { quotas: true } }>, edits: TEdits | undefined, timeZone: string) =>
  staleEdit(
    'This mobilization was changed by someone else.',
    { version: m.version, inputs: mobilizationInputs({ ...m, startsAt: utcToWallTime(m.startsAt, timeZone), quotas: m.quotas.map((q) => ({ ref: quotaRefOf(q).ref, target: String(q.target) })) }) },
    edits,
    mobilizationFieldOf,
  );

/**
 * Saves the fields the user changed (or all given, without `edits`: the API) on top of `version`;
 * a concurrent edit is refused, as for people.
 */
export async function updateMobilization(actor: TActor, id: string, version: number, input: TMobilizationInput, edits?: TEdits) {
  requireCan(actor, 'mobilizations.plan');
  return db.$transaction(async (tx) => {
    const read = () => tx.mobilization.findFirst({ where: { id, deletedAt: null }, include: { quotas: true } });
    const current = await read();
    if (!current) throw notFoundError();
    const { quotas, ...fields } = onlyEdited(input, edits);
    if (quotas) await checkQuotaRefs(tx, quotas.map((q) => q.ref));
    const { count } = await tx.mobilization.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
    if (count !== 1) throw stale((await read()) ?? current, edits, (await orgClock()).timeZone);
    const changed = changedFields(current as unknown as Record<string, unknown>, fields);
    const quotasChanged = quotas ? await syncQuotas(tx, id, current.quotas, quotas) : false;
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'mobilization', entityId: id, fields: quotasChanged ? [...changed, 'quotas'] : changed });
    return { id, version: version + 1 };
  });
}

export async function deleteMobilization(actor: TActor, id: string): Promise<void> {
  requireCan(actor, 'mobilizations.plan');
  await db.$transaction(async (tx) => {
    const { count } = await tx.mobilization.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    if (count !== 1) throw notFoundError();
    await recordAudit(tx, actor, { action: 'DELETE', entityType: 'mobilization', entityId: id, fields: ['deletedAt'] });
  });
}
