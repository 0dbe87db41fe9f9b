import type { Prisma } from '@/lib/generated/prisma/client';

// The people list's filters as a Prisma `where`, for the CSV export of "the current view". Only
// the name search exists so far; the people table's filters plug in here when they land.
export type TPeopleFilters = { q?: string };

export function peopleWhere({ q }: TPeopleFilters): Prisma.PersonWhereInput {
  const words = (q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 4);
  if (words.length === 0) return {};
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
