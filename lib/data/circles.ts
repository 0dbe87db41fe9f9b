import type { TActor } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { circleScope, personScope } from '@/lib/data/scope';

export type TCircleRow = {
  id: string;
  name: string;
  kind: string;
  /** Members the actor may see; null for members, who see names and their own role only. */
  memberCount: number | null;
  myRole: string | null;
};

export async function listCircles(actor: TActor): Promise<TCircleRow[]> {
  const circles = await db.circle.findMany({
    where: circleScope(actor),
    select: {
      id: true,
      name: true,
      kind: true,
      members: { where: { personId: actor.personId ?? undefined }, select: { role: true }, take: actor.personId ? 1 : 0 },
    },
    orderBy: { name: 'asc' },
  });
  const counts =
    actor.role === 'MEMBER'
      ? new Map<string, number>()
      : new Map(
          (
            await db.circleMembership.groupBy({
              by: ['circleId'],
              where: { circleId: { in: circles.map((c) => c.id) }, person: personScope(actor) },
              _count: { _all: true },
            })
          ).map((g) => [g.circleId, g._count._all]),
        );
  return circles.map((c) => ({
    id: c.id,
    name: c.name,
    kind: c.kind,
    memberCount: actor.role === 'MEMBER' ? null : (counts.get(c.id) ?? 0),
    myRole: c.members[0]?.role ?? null,
  }));
}
