import type { TActor } from '@/lib/access/actor';
import { idsOrNone, NO_ID, ref } from '@/lib/access/scopes/shared';
import { Prisma } from '@/lib/generated/prisma/client';

// Who may see which circles (DESIGN.md): leadership all; a coordinator the ones assigned to them;
// a member the circles they belong to (names and their own role only). The Prisma `where` and its
// SQL twin side by side; tests/integration/scope-sql.test.ts holds them together.

export function circleScope(actor: TActor): Prisma.CircleWhereInput {
  const live: Prisma.CircleWhereInput = { deletedAt: null };
  switch (actor.role) {
    case 'ADMIN':
      return live;
    case 'COORDINATOR':
      return { ...live, id: { in: idsOrNone(actor.scope.circleIds) } };
    case 'MEMBER':
      return { ...live, members: { some: { personId: actor.personId ?? NO_ID } } };
  }
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
