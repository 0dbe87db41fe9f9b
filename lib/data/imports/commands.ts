import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { requireCan } from '@/lib/access/capabilities';
import { recordAudit } from '@/lib/data/audit';
import { unsafeCancelImportNow } from '@/lib/data/imports/cancel';
import { unsafeStagingLost } from '@/lib/data/imports/staging-lost';
import { circleScope } from '@/lib/access/scopes/circles';
import { AppError, notFoundError } from '@/lib/errors';
import type { ImportMode, ImportStatus } from '@/lib/generated/prisma/enums';
import { repeatedFields, type TMapping } from '@/lib/vocabulary/import-fields';

// What the user decides between the steps of an import. Each moves the import from one status to
// the next with a conditional UPDATE, so two clicks (or two leaders) cannot both move it.

export type TImportOptions = { mapping: TMapping; circleId: string | null; tags: string[]; source: string | null };

type TTx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** `also`: more to write in the same transaction, once the import has moved (and before a worker can see it). */
async function move(actor: TActor, id: string, from: ImportStatus[], data: Parameters<typeof db.import.updateMany>[0]['data'], fields: string[], also?: (tx: TTx) => Promise<unknown>) {
  requireCan(actor, 'imports.run');
  await db.$transaction(async (tx) => {
    const { count } = await tx.import.updateMany({ where: { id, status: { in: from } }, data });
    if (count !== 1) {
      const exists = await tx.import.findUnique({ where: { id }, select: { id: true } });
      if (!exists) throw notFoundError();
      throw new AppError('INVALID', 'importMoved');
    }
    await also?.(tx);
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'import', entityId: id, fields });
  });
}

async function checkOptions(actor: TActor, id: string, options: TImportOptions) {
  const imp = await db.import.findUnique({ where: { id }, select: { headers: true } });
  if (!imp) throw notFoundError();
  if (options.mapping.length !== imp.headers.length) throw new AppError('INVALID', 'invalid');
  const repeated = repeatedFields(options.mapping);
  if (repeated.length) throw new AppError('INVALID', 'importRepeatedField', { fields: repeated });
  if (options.circleId && !(await db.circle.findFirst({ where: { AND: [{ id: options.circleId }, circleScope(actor)] }, select: { id: true } }))) {
    throw new AppError('INVALID', 'invalidChoice', { field: 'circleId' });
  }
}

const optionData = (o: TImportOptions) => ({ mapping: o.mapping, circleId: o.circleId, tags: o.tags, source: o.source });

/** Saves the mapping and the choices for the whole file while the user is still deciding. */
export async function saveImportOptions(actor: TActor, id: string, options: TImportOptions): Promise<void> {
  requireCan(actor, 'imports.run');
  await checkOptions(actor, id, options);
  await move(actor, id, ['MAPPING'], optionData(options), ['mapping', 'circleId', 'tags', 'source']);
}

/** Queues the check of every row (normalising, grouping, matching) with this mapping. */
export async function checkImportRows(actor: TActor, id: string, options: TImportOptions): Promise<void> {
  requireCan(actor, 'imports.run');
  await checkOptions(actor, id, options);
  await move(
    actor,
    id,
    ['MAPPING'],
    { ...optionData(options), status: 'ANALYSING', queuedAt: new Date(), heartbeatAt: null, attempts: 0, progressDone: 0, progressTotal: 0, cancelRequested: false },
    ['mapping', 'circleId', 'tags', 'source', 'status'],
  );
}

/** From the review back to the mapping (the checked rows are dropped; the uploaded ones stay). */
export async function reviseImportMapping(actor: TActor, id: string): Promise<void> {
  await move(actor, id, ['REVIEW', 'FAILED'], { status: 'MAPPING', error: null, stagedKey: null }, ['status']);
  await db.importStaged.deleteMany({ where: { importId: id } });
  await db.importHousehold.deleteMany({ where: { importId: id } });
}

/**
 * Queues the merge: the one transaction that brings the file in. `source`: the new people's Source,
 * if edited at the review. `join`: the household pairs the user says are one person (merged); every
 * other pair is linked as family.
 */
export async function startImportMerge(actor: TActor, id: string, mode: ImportMode, { source, join = [] }: { source?: string | null; join?: string[] } = {}): Promise<void> {
  const edited = source === undefined ? {} : { source };
  await move(
    actor,
    id,
    ['REVIEW'],
    { mode, ...edited, status: 'MERGING', queuedAt: new Date(), heartbeatAt: null, attempts: 0, progressDone: 0, progressTotal: 0, cancelRequested: false },
    ['mode', ...Object.keys(edited), 'status', ...(join.length ? ['households'] : [])],
    async (tx) => {
      await tx.importHousehold.updateMany({ where: { importId: id }, data: { merge: false } });
      if (join.length) await tx.importHousehold.updateMany({ where: { importId: id, id: { in: join } }, data: { merge: true } });
    },
  );
}

/** After a failed merge: back to the review, where the user can start it again. */
export async function retryImport(actor: TActor, id: string): Promise<void> {
  requireCan(actor, 'imports.run');
  const imp = await db.import.findUnique({ where: { id }, select: { error: true } });
  if (!imp) throw notFoundError();
  if (imp.error === 'merge') await move(actor, id, ['FAILED'], { status: 'REVIEW', error: null }, ['status']);
  else if (imp.error === 'staging') await recheckImport(actor, id);
  else await reviseImportMapping(actor, id);
}

/**
 * The check again, with the choices already made: from the review after places the file named were
 * added, or for an import whose staged rows a database crash emptied (lib/data/imports/staging-lost.ts),
 * whose rows are then staged again from the file's rows.
 */
export async function recheckImport(actor: TActor, id: string): Promise<void> {
  requireCan(actor, 'imports.run');
  const imp = await db.import.findUnique({ where: { id }, select: { error: true } });
  if (!imp) throw notFoundError();
  const lost = imp.error === 'staging' || (await unsafeStagingLost(id));
  await move(
    actor,
    id,
    lost ? ['REVIEW', 'FAILED'] : ['REVIEW'],
    { status: 'ANALYSING', ...(lost ? { stagedKey: null, error: null } : {}), queuedAt: new Date(), heartbeatAt: null, attempts: 0, progressDone: 0, progressTotal: 0, cancelRequested: false },
    ['status'],
  );
}

/**
 * Cancels an import that has not finished. One waiting for a worker is cancelled at once; one
 * running is asked to stop, and its phase rolls back at its next step.
 */
export async function cancelImport(actor: TActor, id: string): Promise<void> {
  requireCan(actor, 'imports.run');
  const stopNow = await db.$transaction(async (tx) => {
    const imp = await tx.import.findUnique({ where: { id }, select: { status: true } });
    if (!imp) throw notFoundError();
    if (['DONE', 'UNDONE', 'CANCELLED'].includes(imp.status)) throw new AppError('INVALID', 'importMoved');
    await tx.import.update({ where: { id }, data: { cancelRequested: true } });
    const { count } = await tx.import.updateMany({
      where: { id, OR: [{ status: { in: ['MAPPING', 'REVIEW', 'FAILED'] } }, { status: { in: ['ANALYSING', 'MERGING'] }, heartbeatAt: null }] },
      data: { status: 'CANCELLED', finishedAt: new Date() },
    });
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'import', entityId: id, fields: ['status'] });
    return count === 1;
  });
  if (stopNow) await unsafeCancelImportNow(id);
}
