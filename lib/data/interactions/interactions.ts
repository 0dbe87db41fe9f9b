import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { recordAudit } from '@/lib/data/audit';
import { interactionScope } from '@/lib/access/scopes/interactions';
import { circleScope } from '@/lib/access/scopes/circles';
import { organizationScope } from '@/lib/access/scopes/organizations';
import { personScope } from '@/lib/access/scopes/people';
import { notFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TFollowUpDoneInput, TLogInteractionInput, TSnoozeInput } from '@/lib/validation/interaction';
import { can, requireCan } from '@/lib/access/capabilities';

// Logging contacts and marking follow-ups: leadership and coordinators ('interactions.log'). Who
// sees which interactions is interactionScope (lib/access/scopes/interactions.ts).

/**
 * Logs a contact. Every person, the organization and the circle named must be in the actor's
 * scope; one that is not answers NotFound, as if it did not exist.
 */
export async function createInteraction(actor: TActor, input: TLogInteractionInput): Promise<{ id: string }> {
  requireCan(actor, 'interactions.log');
  return db.$transaction((tx) => createInteractionIn(tx, actor, input));
}

/** createInteraction inside the caller's transaction, for a write that logs a contact along the way (a call outcome). */
export async function createInteractionIn(tx: Prisma.TransactionClient, actor: TActor, input: TLogInteractionInput): Promise<{ id: string }> {
  requireCan(actor, 'interactions.log');
  const personIds = [...new Set(input.personIds)];
  // One after the other: a transaction is one connection, which runs one query at a time.
  const people = personIds.length ? await tx.person.count({ where: { AND: [{ id: { in: personIds } }, personScope(actor)] } }) : 0;
  const orgs = input.organizationId ? await tx.organization.count({ where: { AND: [{ id: input.organizationId }, organizationScope(actor)] } }) : 0;
  const circles = input.circleId ? await tx.circle.count({ where: { AND: [{ id: input.circleId }, circleScope(actor)] } }) : 0;
  // Security: these three checks keep a forged id from linking a record out of scope.
  if (people !== personIds.length) throw notFoundError();
  if (input.organizationId && orgs !== 1) throw notFoundError();
  if (input.circleId && circles !== 1) throw notFoundError();

  const created = await tx.interaction.create({
    data: {
      kind: input.kind,
      occurredAt: input.occurredAt ?? new Date(),
      summary: input.summary,
      notes: input.notes ?? null,
      loggedById: actor.userId,
      organizationId: input.organizationId ?? null,
      circleId: input.circleId ?? null,
      followUpOn: input.followUpOn ?? null,
      people: { create: personIds.map((personId) => ({ personId })) },
    },
    select: { id: true },
  });
  const fields = ['kind', 'occurredAt', 'summary', ...(['notes', 'organizationId', 'circleId', 'followUpOn'] as const).filter((k) => input[k] != null)];
  if (personIds.length) fields.push('people');
  await recordAudit(tx, actor, { action: 'CREATE', entityType: 'interaction', entityId: created.id, fields });
  return created;
}

/**
 * Marks a follow-up done or not done. Idempotent: setting the value it already has changes
 * nothing and records nothing, so a double tap or two open tabs cannot flip it back.
 */
export async function setFollowUpDone(actor: TActor, { id, done }: TFollowUpDoneInput): Promise<{ changed: boolean }> {
  requireCan(actor, 'interactions.log');
  return db.$transaction(async (tx) => {
    const where: Prisma.InteractionWhereInput = { AND: [{ id, followUpOn: { not: null } }, interactionScope(actor)] };
    const { count } = await tx.interaction.updateMany({
      where: { AND: [where, { followUpDone: !done }] },
      data: { followUpDone: done, version: { increment: 1 } },
    });
    if (count === 0) {
      if ((await tx.interaction.count({ where })) !== 1) throw notFoundError();
      return { changed: false };
    }
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'interaction', entityId: id, fields: ['followUpDone'] });
    return { changed: true };
  });
}

/**
 * Moves an open follow-up to another day ("snooze"). Only one the actor may see, and only while
 * it is open: a follow-up already done is not found.
 */
export async function snoozeFollowUp(actor: TActor, { id, until }: TSnoozeInput): Promise<void> {
  requireCan(actor, 'interactions.log');
  await db.$transaction(async (tx) => {
    const { count } = await tx.interaction.updateMany({
      where: { AND: [{ id, followUpOn: { not: null }, followUpDone: false }, interactionScope(actor)] },
      data: { followUpOn: until, version: { increment: 1 } },
    });
    if (count !== 1) throw notFoundError();
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'interaction', entityId: id, fields: ['followUpOn'] });
  });
}

/** The organizations an interaction may name: those in scope, by name. */
export async function listOrganizationChoices(actor: TActor): Promise<{ id: string; name: string }[]> {
  if (!can(actor, 'interactions.log')) return [];
  return db.organization.findMany({ where: organizationScope(actor), select: { id: true, name: true }, orderBy: { name: 'asc' }, take: 500 });
}
