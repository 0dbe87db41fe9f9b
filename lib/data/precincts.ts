import type { TActor } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { personScope } from '@/lib/data/scope';
import { notFoundError } from '@/lib/errors';

/**
 * Every precinct (their names and numbers are public), with the counts of the people in it
 * that the actor may see. Members have no precinct view.
 */
export async function listPrecincts(actor: TActor) {
  if (actor.role === 'MEMBER') throw notFoundError();
  const [precincts, residents, members] = await Promise.all([
    db.precinct.findMany({
      select: { id: true, number: true, name: true, ward: { select: { number: true } } },
      orderBy: [{ ward: { number: 'asc' } }, { number: 'asc' }],
    }),
    db.person.groupBy({ by: ['precinctId'], where: personScope(actor), _count: { _all: true } }),
    db.person.groupBy({
      by: ['precinctId'],
      where: { AND: [personScope(actor), { ladderStage: { in: ['MEMBER', 'LEADER'] } }] },
      _count: { _all: true },
    }),
  ]);
  const count = (groups: typeof residents, id: string) => groups.find((g) => g.precinctId === id)?._count._all ?? 0;
  return precincts.map((p) => ({
    id: p.id,
    ward: p.ward.number,
    number: p.number,
    name: p.name,
    residents: count(residents, p.id),
    members: count(members, p.id),
  }));
}
export type TPrecinctRow = Awaited<ReturnType<typeof listPrecincts>>[number];
