import type { TActor } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { personScope } from '@/lib/data/scope';
import { displayName } from '@/lib/format/person-name';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TPersonSearchInput } from '@/lib/validation/interaction';

export type TPersonChoice = { id: string; name: string; detail: string | null };

const LIMIT = 8;

/** Each word must start a name the person goes by; accents and case do not matter to the user. */
function nameMatches(q: string): Prisma.PersonWhereInput {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 4);
  return {
    AND: words.map((w) => ({
      OR: [
        { givenName: { contains: w, mode: 'insensitive' } },
        { familyName: { contains: w, mode: 'insensitive' } },
        { preferredName: { contains: w, mode: 'insensitive' } },
      ],
    })),
  };
}

/** People in the actor's scope whose name matches, for the search-as-you-type pickers. */
export async function searchPeopleInScope(actor: TActor, { q, exclude = [] }: TPersonSearchInput): Promise<TPersonChoice[]> {
  if (q.length < 1) return [];
  const rows = await db.person.findMany({
    where: { AND: [personScope(actor), nameMatches(q), exclude.length ? { id: { notIn: exclude } } : {}] },
    select: {
      id: true,
      givenName: true,
      familyName: true,
      preferredName: true,
      precinct: { select: { number: true, ward: { select: { number: true } } } },
    },
    orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }, { id: 'asc' }],
    take: LIMIT,
  });
  return rows.map((r) => ({
    id: r.id,
    name: displayName(r),
    detail: r.precinct ? `${r.precinct.ward.number}-${r.precinct.number}` : null,
  }));
}
