import { db } from '@/lib/db/prisma';
import { personMatchesSql, searchTerms } from '@/lib/data/people/search';
import { Prisma } from '@/lib/generated/prisma/client';
import { ROSTER_PAGE_SIZE } from '@/lib/validation/roster';

// What a circle's and an organization's rosters share: a search by name (the one person search,
// lib/data/people/search.ts), and pages of ROSTER_PAGE_SIZE. Each roster applies the actor's
// scope itself, in its own query; these helpers only narrow it.

const GROUPS = {
  circle: Prisma.sql`SELECT m.person_id AS id FROM circle_membership m JOIN person p ON p.id = m.person_id WHERE m.circle_id = `,
  organization: Prisma.sql`SELECT a.person_id AS id FROM affiliation a JOIN person p ON p.id = a.person_id WHERE a.organization_id = `,
} as const;

/** The people of the group whose names (or email, or phone) match `q`; undefined when there is no search. */
export async function rosterMatches(group: keyof typeof GROUPS, groupId: string, q: string | undefined): Promise<string[] | undefined> {
  const terms = searchTerms(q);
  if (!terms) return undefined;
  const rows = await db.$queryRaw<{ id: string }[]>`${GROUPS[group]}${groupId}::uuid AND p.deleted_at IS NULL AND ${personMatchesSql(terms)}`;
  return rows.map((r) => r.id);
}

export type TRosterPage = { page: number; pages: number; total: number; skip: number; take: number };

/** The page asked for, within the pages there are (a page past the end shows the last one). */
export function rosterPage(total: number, asked: number): TRosterPage {
  const pages = Math.max(1, Math.ceil(total / ROSTER_PAGE_SIZE));
  const page = Math.min(Math.max(1, asked), pages);
  return { page, pages, total, skip: (page - 1) * ROSTER_PAGE_SIZE, take: ROSTER_PAGE_SIZE };
}
