import type { TActor } from '@/lib/auth/policy';
import { Prisma } from '@/lib/generated/prisma/client';

// personScope (lib/data/scope.ts) as a SQL condition, for the aggregate queries Prisma cannot
// express (the precinct table, the dashboard). tests/integration/person-scope-sql.test.ts proves
// both select the same people for every kind of actor: change them together.

const NO_ID = '00000000-0000-0000-0000-000000000000';
const uuids = (list: string[]) => Prisma.sql`${list.length ? list : [NO_ID]}::uuid[]`;

/** A condition on the person table aliased `alias` that holds for the people the actor may see. */
export function personScopeSql(actor: TActor, alias = 'p'): Prisma.Sql {
  const p = Prisma.raw(`"${alias.replace(/"/g, '')}"`);
  const live = Prisma.sql`${p}.deleted_at IS NULL`;
  switch (actor.role) {
    case 'ADMIN':
      return live;
    case 'COORDINATOR': {
      const { circleIds, organizationIds, precinctIds } = actor.scope;
      // One uncorrelated set of ids, not an OR of EXISTS: Postgres builds it once and hash-joins
      // it, where an OR of correlated EXISTS is re-run for every row (8x slower on 100k people).
      return Prisma.sql`${live} AND ${p}.id IN (
        SELECT cm.person_id FROM circle_membership cm WHERE cm.circle_id = ANY(${uuids(circleIds)})
        UNION SELECT af.person_id FROM affiliation af WHERE af.organization_id = ANY(${uuids(organizationIds)})
        UNION SELECT pp.id FROM person pp WHERE pp.precinct_id = ANY(${uuids(precinctIds)})
        UNION SELECT pa.id FROM person pa WHERE pa.added_by_user_id = ${actor.userId}::uuid
        UNION SELECT ip.person_id FROM interaction i JOIN interaction_person ip ON ip.interaction_id = i.id
               WHERE i.logged_by_id = ${actor.userId}::uuid)`;
    }
    case 'MEMBER': {
      // Security: their own record and "my people", nothing else (as in personScope).
      const own = actor.personId ?? NO_ID;
      return Prisma.sql`${live} AND (${p}.id = ${own}::uuid OR ${p}.added_by_user_id = ${actor.userId}::uuid OR ${p}.recruited_by_id = ${own}::uuid)`;
    }
  }
}
