import type { TActor } from '../../lib/access/actor';
import { checkImportRows, startImportMerge, type TImportOptions } from '../../lib/data/imports/commands';
import { getImport } from '../../lib/data/imports/reads';
import { stageUpload, type TUpload } from '../../lib/data/imports/stage';
import { drainImportJobs, type TWorkerOptions } from '../../lib/jobs/worker';
import type { TMapping } from '../../lib/vocabulary/import-fields';
import type { PrismaClient } from '../../lib/db/create-client';
import { utf8 } from './csv-files';

type TRun = Partial<TImportOptions> & { mode?: 'FILL' | 'OVERWRITE'; fileName?: string; worker?: TWorkerOptions; mapping?: TMapping; describeSource?: TUpload['describeSource'] };

/** Uploads, checks and (unless `stopAt: 'review'`) merges a file, as a leader clicking through the pages would. */
export async function runImport(actor: TActor, file: string | Uint8Array, run: TRun & { stopAt?: 'review' } = {}) {
  const { id } = await stageUpload(actor, { fileName: run.fileName ?? 'test.csv', bytes: typeof file === 'string' ? utf8(file) : file, describeSource: run.describeSource });
  const staged = await getImport(actor, id);
  // As the mapping form does: the Source the upload proposed, unless another is given.
  await checkImportRows(actor, id, { mapping: run.mapping ?? staged.mapping, circleId: run.circleId ?? null, tags: run.tags ?? [], source: run.source ?? staged.source });
  await drainImportJobs(run.worker);
  if (run.stopAt === 'review') return getImport(actor, id);
  await startImportMerge(actor, id, run.mode ?? 'FILL');
  await drainImportJobs(run.worker);
  return getImport(actor, id);
}

/** Every row of the tables an import may change, in a stable order, to compare before and after. */
export async function snapshotPeople(prisma: PrismaClient): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of ['person', 'person_email', 'person_phone', 'person_tag', 'tag', 'circle_membership']) {
    // Table names come from the list above.
    out[table] = await prisma.$queryRawUnsafe(`SELECT to_jsonb(t)::text AS row FROM ${table} t ORDER BY 1`);
  }
  return out;
}
