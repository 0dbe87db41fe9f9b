import type { TActor } from '@/lib/access/actor';
import { idsOrNone, NO_ID, ref } from '@/lib/access/scopes/shared';
import { Prisma } from '@/lib/generated/prisma/client';

// Who may see which people (DESIGN.md): leadership every live person; a coordinator those in
// their assigned circles, organizations and precincts, those they added and those in interactions
// they logged; a member their own record and "my people". The Prisma `where` (personScope) and
// its SQL twin (personScopeSql, for the reads Prisma cannot express: keyset pages over folded
// names, search, recursive CTEs, the ward picture's aggregates) side by side.
// tests/integration/scope-sql.test.ts proves that the twins, in every shape, select exactly the
// same people for every kind of actor. Security: change both together.

/** People the actor may see. Soft-deleted people are excluded (the trash has its own query). */
export function personScope(actor: TActor): Prisma.PersonWhereInput {
  const live: Prisma.PersonWhereInput = { deletedAt: null };
  switch (actor.role) {
    case 'ADMIN':
      return live;
    case 'COORDINATOR': {
      const { circleIds, organizationIds, precinctIds } = actor.scope;
      return {
        ...live,
        OR: [
          { memberships: { some: { circleId: { in: idsOrNone(circleIds) } } } },
          { affiliations: { some: { organizationId: { in: idsOrNone(organizationIds) } } } },
          { precinctId: { in: idsOrNone(precinctIds) } },
          { addedByUserId: actor.userId },
          { interactions: { some: { interaction: { loggedById: actor.userId } } } },
        ],
      };
    }
    case 'MEMBER': {
      // Security: their own record and "my people" (added or recruited by them), nothing else.
      const own = actor.personId ?? NO_ID;
      return { ...live, OR: [{ id: own }, { addedByUserId: actor.userId }, { recruitedById: own }] };
    }
  }
}

/**
 * "My people": the people the actor added or recruited, never the actor themselves, always within
 * their scope. Narrower than what a coordinator or a leader may see elsewhere: here everyone,
 * whatever their role, sees only their own people.
 */
export function myPeopleScope(actor: TActor): Prisma.PersonWhereInput {
  const own = actor.personId ?? NO_ID;
  return {
    AND: [personScope(actor), { id: { not: own } }, { OR: [{ addedByUserId: actor.userId }, { recruitedById: own }] }],
  };
}

// One way in to a person's record: a condition on the person row itself, or rows of another
// table that name the person (`from`, the person column, and the condition on those rows).
// Aliases inside start with sc_ so that they never shadow the caller's.
// `each`, where given, replaces `where` in the correlated form ('check'), checked row by row.
type TWay = { row: (p: Prisma.Sql) => Prisma.Sql } | { from: Prisma.Sql; person: Prisma.Sql; where: Prisma.Sql; each?: Prisma.Sql };

/** The ways in to the people a scoped actor may see (personScope's OR, in SQL); null for leadership. */
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

/** True where the person row `alias` is one the actor may see (personScope). Soft-deleted people never are. */
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

/**
 * The filters of the people table that reveal more than the rows: a circle or organization the
 * actor may filter by and that is theirs (leadership any; a coordinator an assigned one), since
 * filtering by another would reveal who belongs to it; and "follow-up due" only for those who may
 * read interactions (a member would learn which of their people have open follow-ups), and so
 * "not contacted in N days". Any other is dropped.
 */
export function permittedFilters(actor: TActor, f: { circleId?: string; organizationId?: string; followUpDue?: boolean; quiet?: number | 'never' }) {
  const allowed = (assigned: string[], id?: string) => {
    if (id === undefined) return undefined;
    if (actor.role === 'ADMIN') return id;
    return actor.role === 'COORDINATOR' && assigned.includes(id) ? id : undefined;
  };
  return {
    circleId: allowed(actor.scope.circleIds, f.circleId),
    organizationId: allowed(actor.scope.organizationIds, f.organizationId),
    followUpDue: actor.role === 'MEMBER' ? undefined : f.followUpDue,
    quiet: actor.role === 'MEMBER' ? undefined : f.quiet,
  };
}
