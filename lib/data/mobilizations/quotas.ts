import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { requireCan } from '@/lib/access/capabilities';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TQuotaRef } from '@/lib/validation/mobilization';

// A quota's seats come from a circle, an allied organization, or are open. In forms a quota is
// named by a ref: "circle:<id>", "org:<id>" or "open".

export const quotaLabelSelect = {
  circleId: true,
  organizationId: true,
  circle: { select: { name: true } },
  organization: { select: { name: true } },
} as const;

type TQuotaRow = { circleId: string | null; organizationId: string | null; circle?: { name: string } | null; organization?: { name: string } | null };
/** How a quota is shown: its ref (or "none" for people asked outside any quota) and the name of its circle or ally. */
export type TQuotaLabel = { ref: string; name: string | null };

export function quotaRefOf(q: TQuotaRow): TQuotaLabel {
  if (q.circleId) return { ref: `circle:${q.circleId}`, name: q.circle?.name ?? null };
  if (q.organizationId) return { ref: `org:${q.organizationId}`, name: q.organization?.name ?? null };
  return { ref: 'open', name: null };
}

export function quotaData(ref: TQuotaRef | string): { circleId: string | null; organizationId: string | null } {
  if (ref.startsWith('circle:')) return { circleId: ref.slice(7), organizationId: null };
  if (ref.startsWith('org:')) return { circleId: null, organizationId: ref.slice(4) };
  return { circleId: null, organizationId: null };
}

type TQuotaChoice = { id: string; circleId: string | null; organizationId: string | null };

/**
 * The quota a person counts against when none is chosen: the first quota of a circle they belong
 * to, else of an ally they are affiliated with, else the open seats (none if there are none).
 */
export function quotaFor(quotas: TQuotaChoice[], person: { memberships: { circleId: string }[]; affiliations: { organizationId: string }[] }): string | null {
  const circles = new Set(person.memberships.map((x) => x.circleId));
  const orgs = new Set(person.affiliations.map((x) => x.organizationId));
  return (
    quotas.find((q) => q.circleId && circles.has(q.circleId))?.id ??
    quotas.find((q) => q.organizationId && orgs.has(q.organizationId))?.id ??
    quotas.find((q) => !q.circleId && !q.organizationId)?.id ??
    null
  );
}

/** Refuses quotas naming a circle or organization that does not exist (or is deleted). */
export async function checkQuotaRefs(tx: Prisma.TransactionClient, refs: string[]): Promise<void> {
  const circleIds = refs.map(quotaData).flatMap((d) => (d.circleId ? [d.circleId] : []));
  const orgIds = refs.map(quotaData).flatMap((d) => (d.organizationId ? [d.organizationId] : []));
  // One after the other: a transaction is one connection, which runs one query at a time.
  const circles = await tx.circle.count({ where: { id: { in: circleIds }, deletedAt: null } });
  const orgs = await tx.organization.count({ where: { id: { in: orgIds }, deletedAt: null } });
  if (circles !== circleIds.length || orgs !== orgIds.length) throw new AppError('INVALID', 'invalidChoice', { field: 'quotas' });
}

/** What a quota may be drawn from: every circle and allied organization (planning is leadership's). */
export async function listQuotaSources(actor: TActor) {
  requireCan(actor, 'mobilizations.plan');
  const [circles, organizations] = await Promise.all([
    db.circle.findMany({ where: { deletedAt: null }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.organization.findMany({ where: { deletedAt: null }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  return {
    circles: circles.map((c) => ({ ref: `circle:${c.id}`, name: c.name })),
    organizations: organizations.map((o) => ({ ref: `org:${o.id}`, name: o.name })),
  };
}
