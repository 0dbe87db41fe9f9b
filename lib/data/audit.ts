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
      changedFields: entry.fields ?? [],
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
  await tx.auditEvent.createMany({
    data: entry.entityIds.map((entityId) => ({
      actorUserId: actor?.userId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId,
      changedFields: entry.fields ?? [],
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
