import type { TActor } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { organizationScope } from '@/lib/data/scope';

export async function listOrganizations(actor: TActor) {
  const orgs = await db.organization.findMany({
    where: organizationScope(actor),
    select: {
      id: true,
      name: true,
      kind: true,
      closeness: true,
      owner: { select: { email: true } },
      _count: { select: { affiliations: true } },
      interactions: { select: { occurredAt: true }, orderBy: { occurredAt: 'desc' }, take: 1 },
    },
    orderBy: [{ closeness: 'asc' }, { name: 'asc' }],
  });
  return orgs.map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    closeness: o.closeness,
    owner: o.owner?.email ?? null,
    affiliated: o._count.affiliations,
    lastContactAt: o.interactions[0]?.occurredAt ?? null,
  }));
}
export type TOrganizationRow = Awaited<ReturnType<typeof listOrganizations>>[number];
