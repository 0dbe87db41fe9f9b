import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { changedFields, recordAudit } from '@/lib/data/audit';
import { editableOrganization } from '@/lib/data/organizations/read';
import { personScope } from '@/lib/access/scopes/people';
import { searchPeople, type TPersonHit } from '@/lib/data/people/search';
import { AppError, notFoundError } from '@/lib/errors';
import { displayName } from '@/lib/format/person-name';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TAffiliationInput, TAffiliationKey } from '@/lib/validation/organization';

// The people affiliated with an allied organization, with their role there and whether they are a
// point person. Managed by whoever may edit the organization (leadership, the owning coordinator),
// and only for people the actor may see.

async function affiliationInScope(tx: Prisma.TransactionClient, actor: TActor, { organizationId, personId }: TAffiliationKey) {
  await editableOrganization(tx, actor, organizationId);
  const affiliation = await tx.affiliation.findFirst({ where: { organizationId, personId, person: personScope(actor) } });
  if (!affiliation) throw notFoundError();
  return affiliation;
}

/** People in the actor's scope whose name matches, not yet affiliated with the organization. */
export async function searchPeopleForOrganization(actor: TActor, organizationId: string, q: string): Promise<TPersonHit[]> {
  await editableOrganization(db, actor, organizationId);
  return searchPeople(actor, q, 8, Prisma.sql`NOT EXISTS (SELECT 1 FROM affiliation af WHERE af.organization_id = ${organizationId}::uuid AND af.person_id = p.id)`);
}

export async function addAffiliation(actor: TActor, { organizationId, personId, role, isPointPerson }: TAffiliationInput): Promise<{ id: string; name: string }> {
  return db.$transaction(async (tx) => {
    await editableOrganization(tx, actor, organizationId);
    // Security: only someone the actor may already see can be added.
    const person = await tx.person.findFirst({
      where: { AND: [{ id: personId }, personScope(actor)] },
      select: { givenName: true, familyName: true, preferredName: true },
    });
    if (!person) throw notFoundError();
    const existing = await tx.affiliation.findUnique({ where: { organizationId_personId: { organizationId, personId } }, select: { id: true } });
    if (existing) throw new AppError('CONFLICT', 'Already affiliated with this organization.');
    const created = await tx.affiliation.create({ data: { organizationId, personId, role: role ?? null, isPointPerson }, select: { id: true } });
    const fields = ['organizationId', 'personId', 'isPointPerson', ...(role ? ['role'] : [])];
    await recordAudit(tx, actor, { action: 'CREATE', entityType: 'affiliation', entityId: created.id, fields });
    return { id: created.id, name: displayName(person) };
  });
}

export async function updateAffiliation(actor: TActor, { organizationId, personId, role, isPointPerson }: TAffiliationInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const current = await affiliationInScope(tx, actor, { organizationId, personId });
    const patch = { role: role ?? null, isPointPerson };
    const fields = changedFields(current, patch);
    if (fields.length === 0) return;
    await tx.affiliation.update({ where: { id: current.id }, data: patch });
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'affiliation', entityId: current.id, fields });
  });
}

export async function removeAffiliation(actor: TActor, key: TAffiliationKey): Promise<void> {
  await db.$transaction(async (tx) => {
    const current = await affiliationInScope(tx, actor, key);
    await tx.affiliation.delete({ where: { id: current.id } });
    await recordAudit(tx, actor, { action: 'DELETE', entityType: 'affiliation', entityId: current.id, fields: ['organizationId', 'personId'] });
  });
}
