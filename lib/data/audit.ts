import type { TActor } from '@/lib/access/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TAuditAction } from '@/lib/vocabulary/audit-actions';

type TAuditEntry = {
  action: TAuditAction;
  entityType: string;
  entityId?: string | null;
  /** Field names only: never the values, which may be personal. */
  fields?: string[];
  /** The people a list showed, for a list view: one entry for the list, not one per person. */
  listed?: string[];
};

/**
 * What a field list may hold: names as code writes them (or a name and a count: a purge's "people: 2").
 * An email, a phone, a name with an accent or free text cannot pass; the database holds every
 * writer to the same shape (audit_event_fields_are_names).
 */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_.]{0,63}(: [0-9]+)?$/;

function fieldNames(fields: string[] = []): string[] {
  // Security: a value where a field name belongs is a bug that would keep personal data for good.
  if (fields.some((f) => !FIELD_NAME.test(f))) throw new Error('An audit entry names its fields, never their values.');
  return fields;
}

/** Records an audit event inside the caller's transaction, so it commits with the change or not at all. */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  actor: Pick<TActor, 'userId'> | null,
  entry: TAuditEntry,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorUserId: actor?.userId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      changedFields: fieldNames(entry.fields),
      entityIds: entry.listed ?? [],
    },
  });
}

/** The same event about many records of one type, in one statement. */
export async function recordAuditMany(
  tx: Prisma.TransactionClient,
  actor: Pick<TActor, 'userId'> | null,
  entry: Omit<TAuditEntry, 'entityId' | 'listed'> & { entityIds: string[] },
): Promise<void> {
  if (entry.entityIds.length === 0) return;
  const fields = fieldNames(entry.fields);
  await tx.auditEvent.createMany({
    data: entry.entityIds.map((entityId) => ({
      actorUserId: actor?.userId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId,
      changedFields: fields,
    })),
  });
}

/** The names of the fields whose values differ between before and after. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): string[] {
  return Object.keys(after).filter((k) => {
    const a = before[k];
    const b = after[k];
    if (a instanceof Date && b instanceof Date) return a.getTime() !== b.getTime();
    if (Array.isArray(a) && Array.isArray(b)) return JSON.stringify(a) !== JSON.stringify(b);
    return a !== b;
  });
}
