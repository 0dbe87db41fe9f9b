import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { requireLeadership, requireOrganizer } from '@/lib/access/guards';
import { changedFields, recordAudit } from '@/lib/data/audit';
import { organizationScope } from '@/lib/access/scope';
import { AppError, notFoundError } from '@/lib/errors';
import { displayName } from '@/lib/format/person-name';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TCreateOrganizationInput, TUpdateOrganizationInput } from '@/lib/validation/organization';

// Creating and editing allied organizations. Leadership creates them and edits any; the
// coordinator who owns a relationship (and has the organization in their scope) edits that one,
// but only leadership hands a relationship to someone else. Versioned and audited.

/**
 * The organization, if the actor may change it. Out of scope, and in scope but not theirs to
 * change, are the same NotFound.
 */
export async function editableOrganization(tx: Prisma.TransactionClient, actor: TActor, id: string) {
  requireOrganizer(actor);
  const org = await tx.organization.findFirst({ where: { AND: [{ id }, organizationScope(actor)] } });
  if (!org) throw notFoundError();
  if (actor.role === 'COORDINATOR' && org.ownerUserId !== actor.userId) throw notFoundError();
  return org;
}

/** For the edit form: the fields, the version, and whether the owner may be changed. */
export async function getOrganizationForEdit(actor: TActor, id: string) {
  const org = await editableOrganization(db, actor, id);
  const owner = org.ownerUserId
    ? await db.user.findUnique({ where: { id: org.ownerUserId }, select: { email: true, person: { select: { givenName: true, familyName: true, preferredName: true } } } })
    : null;
  return {
    id: org.id,
    name: org.name,
    kind: org.kind,
    closeness: org.closeness,
    ownerUserId: org.ownerUserId,
    agreementNotes: org.agreementNotes,
    disagreementNotes: org.disagreementNotes,
    version: org.version,
    ownerName: owner ? (owner.person ? displayName(owner.person) : owner.email) : null,
    canChangeOwner: actor.role === 'ADMIN',
  };
}

/** Who may own a relationship: active leadership and coordinators. Leadership only (it lists users). */
export async function listOwnerCandidates(actor: TActor): Promise<{ userId: string; name: string }[]> {
  requireLeadership(actor);
  const users = await db.user.findMany({
    where: { role: { in: ['ADMIN', 'COORDINATOR'] }, disabledAt: null },
    select: { id: true, email: true, person: { select: { givenName: true, familyName: true, preferredName: true } } },
    orderBy: { email: 'asc' },
  });
  return users
    .map((u) => ({ userId: u.id, name: u.person ? `${displayName(u.person)} (${u.email})` : u.email }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

async function checkOwner(tx: Prisma.TransactionClient, ownerUserId: string | null | undefined): Promise<void> {
  if (!ownerUserId) return;
  const owner = await tx.user.findFirst({ where: { id: ownerUserId, role: { in: ['ADMIN', 'COORDINATOR'] }, disabledAt: null }, select: { id: true } });
  if (!owner) throw new AppError('INVALID', 'invalidChoice');
}

const defined = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

export async function createOrganization(actor: TActor, input: TCreateOrganizationInput): Promise<{ id: string }> {
  requireLeadership(actor);
  return db.$transaction(async (tx) => {
    await checkOwner(tx, input.ownerUserId);
    const data = defined(input) as TCreateOrganizationInput;
    const created = await tx.organization.create({ data, select: { id: true } });
    const fields = Object.keys(data).filter((k) => data[k as keyof TCreateOrganizationInput] != null);
    await recordAudit(tx, actor, { action: 'CREATE', entityType: 'organization', entityId: created.id, fields });
    return created;
  });
}

/** Saves a change made on top of `version`; a stale save is refused with CONFLICT and writes nothing. */
export async function updateOrganization(actor: TActor, { id, version, ...given }: TUpdateOrganizationInput) {
  const patch = defined(given);
  return db.$transaction(async (tx) => {
    const current = await editableOrganization(tx, actor, id);
    if (current.version !== version) {
      throw new AppError('CONFLICT', 'This organization was changed by someone else.', { currentVersion: current.version });
    }
    // Only leadership hands a relationship to someone else; a coordinator's form does not send the owner.
    if (actor.role !== 'ADMIN') delete patch.ownerUserId;
    else await checkOwner(tx, patch.ownerUserId);
    const fields = changedFields(current, patch);
    const { count } = await tx.organization.updateMany({ where: { id, version }, data: { ...patch, version: { increment: 1 } } });
    if (count !== 1) throw new AppError('CONFLICT', 'This organization was changed by someone else.');
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'organization', entityId: id, fields });
    return { id, version: version + 1 };
  });
}
