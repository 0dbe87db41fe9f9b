import type { TActor } from '@/lib/access/actor';
import { personScope } from '@/lib/access/scopes/people';
import { NO_ID } from '@/lib/access/scopes/shared';
import type { Prisma } from '@/lib/generated/prisma/client';

// Who may see which mobilizations and commitments (DESIGN.md): leadership all; coordinators
// every mobilization, but only the commitments of people in their scope; members only the
// mobilizations they are asked to, and only their own commitment. (No SQL twin: every read of
// these goes through Prisma.)

export function mobilizationScope(actor: TActor): Prisma.MobilizationWhereInput {
  const live: Prisma.MobilizationWhereInput = { deletedAt: null };
  if (actor.role !== 'MEMBER') return live;
  return { ...live, commitments: { some: { personId: actor.personId ?? NO_ID } } };
}

export function commitmentScope(actor: TActor): Prisma.CommitmentWhereInput {
  // Security: a member reaches their own commitment only, never those of "my people".
  if (actor.role === 'MEMBER') return { personId: actor.personId ?? NO_ID, mobilization: { deletedAt: null } };
  return { person: personScope(actor), mobilization: { deletedAt: null } };
}
