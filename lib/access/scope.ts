import type { TActor } from '@/lib/access/actor';
import type { Prisma } from '@/lib/generated/prisma/client';

// The `where` builders that put DESIGN.md's "who may see what" into every query. Every data
// function that reads people, circles or organizations starts from one of these.

// A uuid no row has: used where a scope is empty, so the query matches nothing (never `null`,
// which in a relation filter would match *every* row without one).
export const NO_ID = '00000000-0000-0000-0000-000000000000';
const ids = (list: string[]) => (list.length ? list : [NO_ID]);

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
          { memberships: { some: { circleId: { in: ids(circleIds) } } } },
          { affiliations: { some: { organizationId: { in: ids(organizationIds) } } } },
          { precinctId: { in: ids(precinctIds) } },
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

export function circleScope(actor: TActor): Prisma.CircleWhereInput {
  const live: Prisma.CircleWhereInput = { deletedAt: null };
  switch (actor.role) {
    case 'ADMIN':
      return live;
    case 'COORDINATOR':
      return { ...live, id: { in: ids(actor.scope.circleIds) } };
    case 'MEMBER':
      return { ...live, members: { some: { personId: actor.personId ?? NO_ID } } };
  }
}

export function organizationScope(actor: TActor): Prisma.OrganizationWhereInput {
  const live: Prisma.OrganizationWhereInput = { deletedAt: null };
  switch (actor.role) {
    case 'ADMIN':
      return live;
    case 'COORDINATOR':
      return { ...live, id: { in: ids(actor.scope.organizationIds) } };
    case 'MEMBER':
      return { id: NO_ID };
  }
}
