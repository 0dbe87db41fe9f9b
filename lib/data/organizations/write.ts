import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { can, requireCan, rolesWith } from '@/lib/access/capabilities';
import { changedFields, recordAudit } from '@/lib/data/audit';
import { onlyEdited, staleEdit } from '@/lib/data/edits';
import { editableOrganization } from '@/lib/data/organizations/read';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordInputValues } from '@/lib/validation/edits';
import { ORGANIZATION_INPUTS, type TCreateOrganizationInput, type TUpdateOrganizationInput } from '@/lib/validation/organization';

// Creating and editing allied organizations. Leadership creates them and edits any; the
// coordinator who owns a relationship (and has the organization in their scope) edits that one,
// but only leadership hands a relationship to someone else. Versioned and audited.

async function checkOwner(tx: Prisma.TransactionClient, ownerUserId: string | null | undefined): Promise<void> {
  if (!ownerUserId) return;
  const owner = await tx.user.findFirst({ where: { id: ownerUserId, role: { in: rolesWith('organizations.own') }, disabledAt: null }, select: { id: true } });
  if (!owner) throw new AppError('INVALID', 'invalidChoice');
}

const defined = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

export async function createOrganization(actor: TActor, input: TCreateOrganizationInput): Promise<{ id: string }> {
  requireCan(actor, 'organizations.create');
  return db.$transaction(async (tx) => {
    await checkOwner(tx, input.ownerUserId);
    const data = defined(input) as TCreateOrganizationInput;
    const created = await tx.organization.create({ data, select: { id: true } });
    const fields = Object.keys(data).filter((k) => data[k as keyof TCreateOrganizationInput] != null);
    await recordAudit(tx, actor, { action: 'CREATE', entityType: 'organization', entityId: created.id, fields });
    return created;
  });
}

const stale = (current: { version: number }, edits: TUpdateOrganizationInput['edits']) =>
  staleEdit('This organization was changed by someone else.', { version: current.version, inputs: recordInputValues(current, ORGANIZATION_INPUTS) }, edits);

/** Saves the fields the user changed on top of `version`; a stale save is refused with CONFLICT (what is saved now) and writes nothing. */
export async function updateOrganization(actor: TActor, { id, version, edits, ...given }: TUpdateOrganizationInput) {
  const patch = onlyEdited(defined(given), edits);
  return db.$transaction(async (tx) => {
    const current = await editableOrganization(tx, actor, id);
    if (current.version !== version) throw stale(current, edits);
    // Only leadership hands a relationship to someone else; a coordinator's form does not send the owner.
    if (!can(actor, 'organizations.changeOwner')) delete patch.ownerUserId;
    else await checkOwner(tx, patch.ownerUserId);
    const fields = changedFields(current, patch);
    const { count } = await tx.organization.updateMany({ where: { id, version }, data: { ...patch, version: { increment: 1 } } });
    if (count !== 1) throw stale(await editableOrganization(tx, actor, id), edits);
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'organization', entityId: id, fields });
    return { id, version: version + 1 };
  });
}
