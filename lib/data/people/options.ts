import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { circleScope } from '@/lib/access/scopes/circles';
import { organizationScope } from '@/lib/access/scopes/organizations';
import { personScope, personScopeSql } from '@/lib/access/scopes/people';
import { Prisma } from '@/lib/generated/prisma/client';
import { can } from '@/lib/access/capabilities';

// The choices the people table's filters and bulk actions offer, each limited to what the actor
// may see: a coordinator is never shown the name of a circle, organization or tag only people
// outside their scope carry, nor a precinct where they see no one.

export type TPeopleFilterOptions = {
  wards: { id: string; number: number }[];
  precincts: { id: string; number: number; ward: number }[];
  circles: { id: string; name: string }[];
  organizations: { id: string; name: string }[];
  /** Tags carried by someone the actor may see (for filtering and removing). */
  tags: { id: string; name: string }[];
  /** Every tag (a vocabulary, not personal data), for adding; empty for those who cannot bulk-edit. */
  allTags: { id: string; name: string }[];
  languages: string[];
};

export async function listPeopleFilterOptions(actor: TActor): Promise<TPeopleFilterOptions> {
  const admin = can(actor, 'scope.all');
  // Members filter only "my people": circles and organizations are not theirs to filter by.
  const member = !can(actor, 'people.filterByGroup');
  const someone = { some: personScope(actor) };
  const [wards, precincts, circles, organizations, tags, allTags, languages] = await Promise.all([
    db.ward.findMany({ where: admin ? {} : { people: someone }, select: { id: true, number: true }, orderBy: { number: 'asc' } }),
    db.precinct.findMany({
      where: admin ? {} : { people: someone },
      select: { id: true, number: true, ward: { select: { number: true } } },
      orderBy: [{ ward: { number: 'asc' } }, { number: 'asc' }],
    }),
    member ? [] : db.circle.findMany({ where: circleScope(actor), select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    member ? [] : db.organization.findMany({ where: organizationScope(actor), select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.tag.findMany({ where: admin ? {} : { people: { some: { person: personScope(actor) } } }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    member ? [] : db.tag.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    // The distinct languages by skipping through the language index, one probe per language.
    db.$queryRaw<{ lang: string }[]>(Prisma.sql`
      WITH RECURSIVE l(lang) AS (
        (SELECT p.preferred_language FROM person p WHERE ${personScopeSql(actor)} ORDER BY p.preferred_language LIMIT 1)
        UNION ALL
        SELECT (SELECT p.preferred_language FROM person p WHERE ${personScopeSql(actor)} AND p.preferred_language > l.lang
                ORDER BY p.preferred_language LIMIT 1)
        FROM l WHERE l.lang IS NOT NULL
      )
      SELECT lang FROM l WHERE lang IS NOT NULL`),
  ]);
  return {
    wards,
    precincts: precincts.map((p) => ({ id: p.id, number: p.number, ward: p.ward.number })),
    circles,
    organizations,
    tags,
    allTags,
    languages: languages.map((l) => l.lang),
  };
}
