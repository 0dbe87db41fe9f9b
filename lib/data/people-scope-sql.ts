import type { TActor } from '@/lib/auth/policy';
import { Prisma } from '@/lib/generated/prisma/client';

// DESIGN.md's "who may see which people", in SQL, for the queries Prisma's API cannot express
// (keyset pages over folded names, prefix search). It must admit exactly the people that
// personScope() in scope.ts admits: tests/integration/people-scope-sql.test.ts compares the two
// for every role on the same data. Change both together.
//
// The condition is on the alias `p` (the person table, or a CTE with its columns).

/** People the actor may see, as a SQL condition on `p`. Soft-deleted people are excluded. */
export function personScopeSql(actor: TActor): Prisma.Sql {
  const live = Prisma.sql`p.deleted_at IS NULL`;
  switch (actor.role) {
    case 'ADMIN':
      return live;
    case 'COORDINATOR': {
      const { circleIds, organizationIds, precinctIds } = actor.scope;
      // The same five ways in as personScope. Each IN under the OR becomes a hashed set built once
      // per query, so the planner can still walk a sort index and stop after one page.
      const ways: Prisma.Sql[] = [
        Prisma.sql`p.added_by_user_id = ${actor.userId}::uuid`,
        // Their interactions' ids first (an index-only scan), then the people in them by primary key.
        Prisma.sql`p.id IN (SELECT ip.person_id FROM interaction_person ip WHERE ip.interaction_id = ANY(ARRAY(
                              SELECT i.id FROM interaction i WHERE i.logged_by_id = ${actor.userId}::uuid)))`,
      ];
      if (circleIds.length) ways.push(Prisma.sql`p.id IN (SELECT cm.person_id FROM circle_membership cm WHERE cm.circle_id = ANY(${circleIds}::uuid[]))`);
      if (organizationIds.length) {
        ways.push(Prisma.sql`p.id IN (SELECT af.person_id FROM affiliation af WHERE af.organization_id = ANY(${organizationIds}::uuid[]))`);
      }
      if (precinctIds.length) ways.push(Prisma.sql`p.precinct_id = ANY(${precinctIds}::uuid[])`);
      return Prisma.sql`(${live} AND (${Prisma.join(ways, ' OR ')}))`;
    }
    case 'MEMBER': {
      // Security: their own record and "my people" (added or recruited by them), nothing else.
      // With no linked person, only the people they added (a NULL never matches an id).
      return Prisma.sql`(${live} AND (p.id = ${actor.personId}::uuid OR p.added_by_user_id = ${actor.userId}::uuid
                         OR p.recruited_by_id = ${actor.personId}::uuid))`;
    }
  }
}

/**
 * The same people as personScopeSql, as a list of candidate ids to start from (with repeats;
 * soft-deleted people still to be removed), or null when the actor sees everyone. Counting a
 * coordinator's or a member's people from it reads their few thousand rows, not the whole table.
 */
export function personScopeIdsSql(actor: TActor): Prisma.Sql | null {
  switch (actor.role) {
    case 'ADMIN':
      return null;
    case 'COORDINATOR': {
      const { circleIds, organizationIds, precinctIds } = actor.scope;
      const sources: Prisma.Sql[] = [
        Prisma.sql`SELECT s.id FROM person s WHERE s.added_by_user_id = ${actor.userId}::uuid`,
        Prisma.sql`SELECT ip.person_id FROM interaction_person ip WHERE ip.interaction_id = ANY(ARRAY(
                     SELECT i.id FROM interaction i WHERE i.logged_by_id = ${actor.userId}::uuid))`,
      ];
      if (circleIds.length) sources.push(Prisma.sql`SELECT cm.person_id FROM circle_membership cm WHERE cm.circle_id = ANY(${circleIds}::uuid[])`);
      if (organizationIds.length) sources.push(Prisma.sql`SELECT af.person_id FROM affiliation af WHERE af.organization_id = ANY(${organizationIds}::uuid[])`);
      if (precinctIds.length) sources.push(Prisma.sql`SELECT s.id FROM person s WHERE s.precinct_id = ANY(${precinctIds}::uuid[])`);
      return Prisma.join(sources, ' UNION ALL ');
    }
    case 'MEMBER':
      return Prisma.join(
        [
          Prisma.sql`SELECT ${actor.personId}::uuid`,
          Prisma.sql`SELECT s.id FROM person s WHERE s.added_by_user_id = ${actor.userId}::uuid`,
          Prisma.sql`SELECT s.id FROM person s WHERE s.recruited_by_id = ${actor.personId}::uuid`,
        ],
        ' UNION ALL ',
      );
  }
}

/** personScopeIdsSql as a condition on `p`. */
export function personScopeDrivingSql(actor: TActor): Prisma.Sql {
  const ids = personScopeIdsSql(actor);
  return ids ? Prisma.sql`(p.deleted_at IS NULL AND p.id IN (${ids}))` : Prisma.sql`p.deleted_at IS NULL`;
}
