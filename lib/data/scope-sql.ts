import type { TActor } from '@/lib/auth/policy';
import { Prisma } from '@/lib/generated/prisma/client';

// The scope rules of lib/data/scope.ts written as SQL predicates, for the few reads that must be
// raw SQL (recursive CTEs, JSON aggregation that keeps a page to a fixed number of round trips).
// tests/integration/scope-sql.test.ts proves each predicate selects exactly what the Prisma
// `where` builder selects. Security: change both together.

const NO_ID = '00000000-0000-0000-0000-000000000000';

/** `alias` is always a constant in our code, never user input. */
const ref = (alias: string) => Prisma.raw(alias);

/** True where the person row `p` is one the actor may see (soft-deleted people never). */
export function personVisibleSql(actor: TActor, p: string): Prisma.Sql {
  const a = ref(p);
  const live = Prisma.sql`${a}.deleted_at IS NULL`;
  switch (actor.role) {
    case 'ADMIN':
      return live;
    case 'COORDINATOR': {
      const { circleIds, organizationIds, precinctIds } = actor.scope;
      return Prisma.sql`(${live} AND (
        EXISTS (SELECT 1 FROM circle_membership sv_m WHERE sv_m.person_id = ${a}.id AND sv_m.circle_id = ANY(${circleIds}::uuid[]))
        OR EXISTS (SELECT 1 FROM affiliation sv_a WHERE sv_a.person_id = ${a}.id AND sv_a.organization_id = ANY(${organizationIds}::uuid[]))
        OR ${a}.precinct_id = ANY(${precinctIds}::uuid[])
        OR ${a}.added_by_user_id = ${actor.userId}::uuid
        OR EXISTS (SELECT 1 FROM interaction_person sv_ip JOIN interaction sv_i ON sv_i.id = sv_ip.interaction_id
                    WHERE sv_ip.person_id = ${a}.id AND sv_i.logged_by_id = ${actor.userId}::uuid)))`;
    }
    case 'MEMBER': {
      const own = actor.personId ?? NO_ID;
      return Prisma.sql`(${live} AND (${a}.id = ${own}::uuid OR ${a}.added_by_user_id = ${actor.userId}::uuid OR ${a}.recruited_by_id = ${own}::uuid))`;
    }
  }
}

/** True where the circle row `c` is one the actor may see. */
export function circleVisibleSql(actor: TActor, c: string): Prisma.Sql {
  const a = ref(c);
  const live = Prisma.sql`${a}.deleted_at IS NULL`;
  switch (actor.role) {
    case 'ADMIN':
      return live;
    case 'COORDINATOR':
      return Prisma.sql`(${live} AND ${a}.id = ANY(${actor.scope.circleIds}::uuid[]))`;
    case 'MEMBER':
      return Prisma.sql`(${live} AND EXISTS (SELECT 1 FROM circle_membership sv_cm WHERE sv_cm.circle_id = ${a}.id AND sv_cm.person_id = ${actor.personId ?? NO_ID}::uuid))`;
  }
}

/**
 * True where the membership `m` of circle `c` may be shown. Members see circles' names and their
 * own role only (DESIGN.md), so of all memberships they see only their own.
 */
export function membershipVisibleSql(actor: TActor, m: string, c: string): Prisma.Sql {
  if (actor.role !== 'MEMBER') return circleVisibleSql(actor, c);
  return Prisma.sql`(${ref(c)}.deleted_at IS NULL AND ${ref(m)}.person_id = ${actor.personId ?? NO_ID}::uuid)`;
}

/** True where the organization row `o` is one the actor may see. Members see none. */
export function organizationVisibleSql(actor: TActor, o: string): Prisma.Sql {
  const a = ref(o);
  switch (actor.role) {
    case 'ADMIN':
      return Prisma.sql`${a}.deleted_at IS NULL`;
    case 'COORDINATOR':
      return Prisma.sql`(${a}.deleted_at IS NULL AND ${a}.id = ANY(${actor.scope.organizationIds}::uuid[]))`;
    case 'MEMBER':
      return Prisma.sql`FALSE`;
  }
}

/**
 * True where the interaction row `i` is one the actor may see: leadership all, coordinators
 * those they logged and those about people in their scope, members none.
 */
export function interactionVisibleSql(actor: TActor, i: string): Prisma.Sql {
  const a = ref(i);
  switch (actor.role) {
    case 'ADMIN':
      return Prisma.sql`TRUE`;
    case 'COORDINATOR':
      return Prisma.sql`(${a}.logged_by_id = ${actor.userId}::uuid OR EXISTS (
        SELECT 1 FROM interaction_person iv_ip JOIN person iv_p ON iv_p.id = iv_ip.person_id
         WHERE iv_ip.interaction_id = ${a}.id AND ${personVisibleSql(actor, 'iv_p')}))`;
    case 'MEMBER':
      return Prisma.sql`FALSE`;
  }
}
