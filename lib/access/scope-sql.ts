import type { TActor } from '@/lib/access/actor';
import { Prisma } from '@/lib/generated/prisma/client';
import { NO_ID } from '@/lib/access/scope';

// DESIGN.md's "who may see what" in SQL: the one SQL twin of the Prisma `where` builders in
// scope.ts, for the reads Prisma's API cannot express (keyset pages over folded names and
// search, recursive CTEs, JSON aggregation, the ward picture's aggregates).
// tests/integration/scope-sql.test.ts proves that each builder, in every shape, selects exactly
// what its Prisma twin selects, for every kind of actor. Security: change both together.

/** A table alias. Always a constant in our code; checked all the same, since it becomes SQL text. */
function ref(alias: string): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return Prisma.raw(alias);
}

// One way in to a person's record: a condition on the person row itself, or rows of another
// table that name the person (`from`, the person column, and the condition on those rows).
// Aliases inside start with sc_ so that they never shadow the caller's.
// `each`, where given, replaces `where` in the correlated form ('check'), checked row by row.
type TWay = { row: (p: Prisma.Sql) => Prisma.Sql } | { from: Prisma.Sql; person: Prisma.Sql; where: Prisma.Sql; each?: Prisma.Sql };

/** The ways in to the people a scoped actor may see; null for leadership, who see every live person. */
function waysIn(actor: TActor): TWay[] | null {
  switch (actor.role) {
    case 'ADMIN':
      return null;
    case 'COORDINATOR': {
      // Security: the five ways in of personScope: added by them, in an assigned precinct, circle
      // or organization, or in an interaction they logged. An empty assignment is left out.
      const { circleIds, organizationIds, precinctIds } = actor.scope;
      const ways: TWay[] = [{ row: (p) => Prisma.sql`${p}.added_by_user_id = ${actor.userId}::uuid` }];
      ways.push({
        from: Prisma.sql`interaction_person sc_ip`,
        person: Prisma.sql`sc_ip.person_id`,
        // Their interactions' ids first (an index-only scan), then the people in them by primary
        // key: as a join the planner would rather hash the whole interaction_person table.
        where: Prisma.sql`sc_ip.interaction_id = ANY(ARRAY(SELECT sc_i.id FROM interaction sc_i WHERE sc_i.logged_by_id = ${actor.userId}::uuid))`,
        // Row by row, one probe of the interaction instead of a scan of that list.
        each: Prisma.sql`EXISTS (SELECT 1 FROM interaction sc_i WHERE sc_i.id = sc_ip.interaction_id AND sc_i.logged_by_id = ${actor.userId}::uuid)`,
      });
      if (circleIds.length) {
        ways.push({ from: Prisma.sql`circle_membership sc_cm`, person: Prisma.sql`sc_cm.person_id`, where: Prisma.sql`sc_cm.circle_id = ANY(${circleIds}::uuid[])` });
      }
      if (organizationIds.length) {
        ways.push({ from: Prisma.sql`affiliation sc_af`, person: Prisma.sql`sc_af.person_id`, where: Prisma.sql`sc_af.organization_id = ANY(${organizationIds}::uuid[])` });
      }
      if (precinctIds.length) ways.push({ row: (p) => Prisma.sql`${p}.precinct_id = ANY(${precinctIds}::uuid[])` });
      return ways;
    }
    case 'MEMBER': {
      // Security: their own record and "my people" (added or recruited by them), nothing else.
      // Without a linked person, NO_ID matches no one (a NULL would make the condition unknown).
      const own = actor.personId ?? NO_ID;
      return [
        { row: (p) => Prisma.sql`${p}.id = ${own}::uuid` },
        { row: (p) => Prisma.sql`${p}.added_by_user_id = ${actor.userId}::uuid` },
        { row: (p) => Prisma.sql`${p}.recruited_by_id = ${own}::uuid` },
      ];
    }
  }
}

/**
 * The people a scoped actor may see, as candidate ids (with repeats, soft-deleted people still to
 * be removed), or null for leadership. Counting or gathering a coordinator's or a member's people
 * from it reads their few thousand rows, not the whole table.
 */
export function personScopeIdsSql(actor: TActor): Prisma.Sql | null {
  const ways = waysIn(actor);
  if (!ways) return null;
  const p = ref('sc_p');
  const sources = ways.map((w) =>
    'row' in w ? Prisma.sql`SELECT ${p}.id FROM person ${p} WHERE ${w.row(p)}` : Prisma.sql`SELECT ${w.person} FROM ${w.from} WHERE ${w.where}`,
  );
  return Prisma.join(sources, ' UNION ALL ');
}

/**
 * How the condition is written; all three admit the same people, and suit different plans:
 * - 'filter': each way in an uncorrelated IN, which PostgreSQL hashes once per statement. Cheap
 *   per row, so a sort index can be walked and stopped after one page (the people table, search).
 * - 'check': each way in a correlated EXISTS, an index probe per row: for checking a few given
 *   rows (the profile: one person, their relations, their recruiters).
 * - 'set': one semi-join against personScopeIdsSql, built once: for reading all of a scoped
 *   actor's people at once (the ward picture's and the dashboard's counts).
 */
export type TPersonScopeShape = 'filter' | 'check' | 'set';

/** True where the person row `alias` is one the actor may see. Soft-deleted people never are. */
export function personScopeSql(actor: TActor, alias = 'p', shape: TPersonScopeShape = 'filter'): Prisma.Sql {
  const p = ref(alias);
  const live = Prisma.sql`${p}.deleted_at IS NULL`;
  const ways = waysIn(actor);
  if (!ways) return live;
  if (shape === 'set') return Prisma.sql`(${live} AND ${p}.id IN (${personScopeIdsSql(actor)!}))`;
  const conditions = ways.map((w) => {
    if ('row' in w) return w.row(p);
    return shape === 'check'
      ? Prisma.sql`EXISTS (SELECT 1 FROM ${w.from} WHERE ${w.person} = ${p}.id AND ${w.each ?? w.where})`
      : Prisma.sql`${p}.id IN (SELECT ${w.person} FROM ${w.from} WHERE ${w.where})`;
  });
  return Prisma.sql`(${live} AND (${Prisma.join(conditions, ' OR ')}))`;
}

/** True where the circle row `alias` is one the actor may see (circleScope). */
export function circleScopeSql(actor: TActor, alias: string): Prisma.Sql {
  const c = ref(alias);
  const live = Prisma.sql`${c}.deleted_at IS NULL`;
  switch (actor.role) {
    case 'ADMIN':
      return live;
    case 'COORDINATOR':
      return Prisma.sql`(${live} AND ${c}.id = ANY(${actor.scope.circleIds}::uuid[]))`;
    case 'MEMBER':
      return Prisma.sql`(${live} AND EXISTS (SELECT 1 FROM circle_membership sc_cm WHERE sc_cm.circle_id = ${c}.id AND sc_cm.person_id = ${actor.personId ?? NO_ID}::uuid))`;
  }
}

/**
 * True where the membership `m` of circle `c` may be shown. Members see circles' names and their
 * own role only (DESIGN.md), so of all memberships they see only their own.
 */
export function membershipScopeSql(actor: TActor, m: string, c: string): Prisma.Sql {
  if (actor.role !== 'MEMBER') return circleScopeSql(actor, c);
  return Prisma.sql`(${ref(c)}.deleted_at IS NULL AND ${ref(m)}.person_id = ${actor.personId ?? NO_ID}::uuid)`;
}

/** True where the organization row `alias` is one the actor may see (organizationScope). Members see none. */
export function organizationScopeSql(actor: TActor, alias: string): Prisma.Sql {
  const o = ref(alias);
  switch (actor.role) {
    case 'ADMIN':
      return Prisma.sql`${o}.deleted_at IS NULL`;
    case 'COORDINATOR':
      return Prisma.sql`(${o}.deleted_at IS NULL AND ${o}.id = ANY(${actor.scope.organizationIds}::uuid[]))`;
    case 'MEMBER':
      return Prisma.sql`FALSE`;
  }
}

/**
 * True where the interaction row `alias` is one the actor may see (interactionScope): leadership
 * all; coordinators those they logged, those about people in their scope and those with their
 * circles and organizations; members none.
 */
export function interactionScopeSql(actor: TActor, alias: string): Prisma.Sql {
  const i = ref(alias);
  switch (actor.role) {
    case 'ADMIN':
      return Prisma.sql`TRUE`;
    case 'COORDINATOR':
      return Prisma.sql`(${i}.logged_by_id = ${actor.userId}::uuid
        OR ${i}.circle_id = ANY(${actor.scope.circleIds}::uuid[]) OR ${i}.organization_id = ANY(${actor.scope.organizationIds}::uuid[])
        OR EXISTS (
        SELECT 1 FROM interaction_person iv_ip JOIN person iv_p ON iv_p.id = iv_ip.person_id
         WHERE iv_ip.interaction_id = ${i}.id AND ${personScopeSql(actor, 'iv_p', 'check')}))`;
    case 'MEMBER':
      return Prisma.sql`FALSE`;
  }
}
