import type { TActor } from '@/lib/access/actor';
import { idsOrNone, NO_ID, ref } from '@/lib/access/scopes/shared';
import { Prisma } from '@/lib/generated/prisma/client';

// Who may see which allied organizations (DESIGN.md): leadership all; a coordinator the ones
// assigned to them; members none. The Prisma `where` and its SQL twin side by side;
// tests/integration/scope-sql.test.ts holds them together. Who may edit one is a capability
// ('organizations.edit' in capabilities.ts), checked on a record in this scope.

export function organizationScope(actor: TActor): Prisma.OrganizationWhereInput {
  const live: Prisma.OrganizationWhereInput = { deletedAt: null };
  switch (actor.role) {
    case 'ADMIN':
      return live;
    case 'COORDINATOR':
      return { ...live, id: { in: idsOrNone(actor.scope.organizationIds) } };
    case 'MEMBER':
      return { id: NO_ID };
  }
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
