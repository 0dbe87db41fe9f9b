import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { recordAudit } from '@/lib/data/audit';
import { NO_ID, circleScope, organizationScope, personScope } from '@/lib/access/scope';
import { notFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TFollowUpDoneInput, TLogInteractionInput } from '@/lib/validation/interaction';
import { requireOrganizer } from '@/lib/access/guards';

// Logged contacts. DESIGN.md: leadership sees all, coordinators those they logged and those
// about people in their scope (and, here, those with their own circles and organizations: see
// interactionScope), members none at all (not even ones about themselves).

/**
 * The interactions an actor may see, everywhere (the Prisma twin of interactionScopeSql in
 * scope-sql.ts): leadership all; a coordinator those they logged, those about people in their
 * scope, and those with the circles and organizations assigned to them (a call with an allied
 * organization's office names no one, and its coordinator must see it); a member none.
 */
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
          { circleId: { in: circleIds.length ? circleIds : [NO_ID] } },
          { organizationId: { in: organizationIds.length ? organizationIds : [NO_ID] } },
        ],
      };
    }
    case 'MEMBER':
      return { id: NO_ID };
  }
}

/** Only leadership and coordinators log contacts; to anyone else the feature does not exist. */
export function canLogInteractions(actor: Pick<TActor, 'role'>): boolean {
  return actor.role !== 'MEMBER';
}

/**
 * Logs a contact. Every person, the organization and the circle named must be in the actor's
 * scope; one that is not answers NotFound, as if it did not exist.
 */
export async function createInteraction(actor: TActor, input: TLogInteractionInput): Promise<{ id: string }> {
  requireOrganizer(actor);
  const personIds = [...new Set(input.personIds)];
  return db.$transaction(async (tx) => {
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
  });
}

/**
 * Marks a follow-up done or not done. Idempotent: setting the value it already has changes
 * nothing and records nothing, so a double tap or two open tabs cannot flip it back.
 */
export async function setFollowUpDone(actor: TActor, { id, done }: TFollowUpDoneInput): Promise<{ changed: boolean }> {
  requireOrganizer(actor);
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

/** The organizations an interaction may name: those in scope, by name. */
export async function listOrganizationChoices(actor: TActor): Promise<{ id: string; name: string }[]> {
  if (!canLogInteractions(actor)) return [];
  return db.organization.findMany({ where: organizationScope(actor), select: { id: true, name: true }, orderBy: { name: 'asc' }, take: 500 });
}
