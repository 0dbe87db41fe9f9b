import type { TActor } from '@/lib/access/actor';
import { personScope, personScopeSql } from '@/lib/access/scopes/people';
import { idsOrNone, NO_ID, ref } from '@/lib/access/scopes/shared';
import { Prisma } from '@/lib/generated/prisma/client';

// Who may see which logged contacts (DESIGN.md): leadership all; a coordinator those they logged,
// those about people in their scope, and those with the circles and organizations assigned to
// them (a call with an allied organization's office names no one, and its coordinator must see
// it); members none at all (not even ones about themselves). The Prisma `where` and its SQL twin
// side by side; tests/integration/scope-sql.test.ts holds them together.

export function interactionScope(actor: TActor): Prisma.InteractionWhereInput {
  switch (actor.role) {
    case 'ADMIN':
      return {};
    case 'COORDINATOR': {
      const { circleIds, organizationIds } = actor.scope;
      return {
        OR: [
          { loggedById: actor.userId },
          { people: { some: { person: personScope(actor) } } },
          { circleId: { in: idsOrNone(circleIds) } },
          { organizationId: { in: idsOrNone(organizationIds) } },
        ],
      };
    }
    case 'MEMBER':
      return { id: NO_ID };
  }
}

/** True where the interaction row `alias` is one the actor may see (interactionScope). */
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
