import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { requireCan } from '@/lib/access/capabilities';
import { recordAudit } from '@/lib/data/audit';
import { parseMapping } from '@/lib/data/imports/analyse';
import { unsafeStagingLost } from '@/lib/data/imports/staging-lost';
import { withClient } from '@/lib/db/pools';
import { orgClockOn } from '@/lib/data/admin/clock';
import { loadPlaces } from '@/lib/data/imports/places';
import { notFoundError } from '@/lib/errors';
import { displayName } from '@/lib/format/person-name';
import { detectSource, type TSourceTool } from '@/lib/import/headers';
import { UNDO_WINDOW_MS } from '@/lib/import/limits';
import { normaliseRow, type TStagedRow } from '@/lib/import/normalise';
import { previewVerdicts, type TPreviewVerdict } from '@/lib/data/imports/preview-check';
import { countPlacement, type TPlacement } from '@/lib/data/imports/place-by-address';
import type { TMapping } from '@/lib/vocabulary/import-fields';

// What the import pages show. Leadership only, like the imports themselves.

export async function listImports(actor: TActor) {
  requireCan(actor, 'imports.run');
  return db.import.findMany({
    select: {
      id: true, fileName: true, createdAt: true, status: true, totalRows: true, createdCount: true, updatedCount: true, badCount: true, conflictCount: true,
      createdBy: { select: { email: true } },
    },
    orderBy: { createdAt: 'desc' },
    take: 50,
  });
}
export type TImportListRow = Awaited<ReturnType<typeof listImports>>[number];

export type TImportView = Awaited<ReturnType<typeof getImport>>;

export async function getImport(actor: TActor, id: string) {
  requireCan(actor, 'imports.run');
  const imp = await db.import.findUnique({
    where: { id },
    select: {
      id: true, fileName: true, encoding: true, delimiter: true, createdAt: true, status: true, headers: true, skippedColumns: true, mapping: true,
      circleId: true, tags: true, source: true, mode: true, heartbeatAt: true, progressDone: true, progressTotal: true, error: true, totalRows: true,
      newCount: true, matchedCount: true, duplicateCount: true, conflictCount: true, badCount: true, droppedTagCount: true, createdCount: true,
      updatedCount: true, finishedAt: true, undoneAt: true, cancelRequested: true,
      createdBy: { select: { email: true } },
      circle: { select: { name: true } },
    },
  });
  if (!imp) throw notFoundError();
  const mapping: TMapping = parseMapping(imp.mapping);
  // The tool the file came from (its headers say), not the Source each new person gets (imp.source).
  const tool: TSourceTool = detectSource(imp.headers);
  // Only where staged rows are read: a crash may have emptied them (lib/data/imports/staging-lost.ts).
  const lost = ['MAPPING', 'REVIEW'].includes(imp.status) && (await unsafeStagingLost(id));
  const canUndo = imp.status === 'DONE' && imp.finishedAt !== null && Date.now() - imp.finishedAt.getTime() < UNDO_WINDOW_MS;
  return { ...imp, mapping, tool, canUndo, stagingLost: lost, undoUntil: imp.finishedAt ? new Date(imp.finishedAt.getTime() + UNDO_WINDOW_MS) : null };
}

/** A row as it will be saved, and what the check will do with it (`row.problems` are the check's own). */
export type TPreviewRow = { line: number; cells: string[]; row: TStagedRow; outcome: TPreviewVerdict['outcome'] };

/** The first rows of the file as they will be saved with the current mapping, with the check's verdict on each. */
export async function previewImport(actor: TActor, id: string, mapping: TMapping, limit = 8): Promise<{ rows: TPreviewRow[]; precincts: Map<string, string> }> {
  requireCan(actor, 'imports.run');
  return withClient(async (client) => {
    const { places } = await loadPlaces(client);
    const { phoneCountry } = await orgClockOn(client);
    const { rows } = await client.query<{ line: number; cells: string[] }>('SELECT line, cells FROM import_row WHERE import_id = $1 ORDER BY line LIMIT $2', [id, limit]);
    const verdicts = await previewVerdicts(client, mapping, places, rows, phoneCountry);
    const labels = new Map<string, string>();
    for (const [key, p] of places.precincts) labels.set(p.id, key);
    return {
      rows: rows.map((r) => {
        const verdict = verdicts.get(r.line);
        const row = normaliseRow(r.cells, mapping, places, phoneCountry);
        return { line: r.line, cells: r.cells, row: { ...row, problems: verdict?.problems ?? row.problems }, outcome: verdict?.outcome ?? (row.problems.length ? 'BAD' : 'NEW') };
      }),
      precincts: labels,
    };
  });
}

/** How the check placed the new people: by their address, or not at all. */
export async function getImportPlacement(actor: TActor, id: string): Promise<TPlacement> {
  requireCan(actor, 'imports.run');
  return withClient((client) => countPlacement(client, id));
}

export type TProblemRow = { line: number; outcome: 'BAD' | 'CONFLICT'; problems: string[]; cells: string[]; matched: { id: string; name: string }[] };

/** Rows that were not (or will not be) imported: bad ones with their reasons, and conflicts with the people they match. */
export async function listProblemRows(actor: TActor, id: string, limit = 50): Promise<TProblemRow[]> {
  requireCan(actor, 'imports.run');
  const rows = await problemRows(id, limit);
  const ids = [...new Set(rows.flatMap((r) => r.matched))];
  const people = ids.length
    ? await db.person.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true, givenName: true, familyName: true, preferredName: true } })
    : [];
  const names = new Map(people.map((p) => [p.id, displayName(p)]));
  return rows.map((r) => ({ ...r, matched: r.matched.filter((m) => names.has(m)).map((m) => ({ id: m, name: names.get(m)! })) }));
}

async function problemRows(id: string, limit: number) {
  return withClient(async (client) => {
    const { rows } = await client.query<{ line: number; outcome: 'BAD' | 'CONFLICT'; problems: string[]; cells: string[]; matched: string[] }>(
      `SELECT s.line, s.outcome, s.problems, r.cells, s.matched FROM import_staged s JOIN import_row r USING (import_id, line)
        WHERE s.import_id = $1 AND s.outcome IN ('BAD', 'CONFLICT') ORDER BY s.line LIMIT $2`,
      [id, limit],
    );
    return rows;
  });
}

/** Every row to fix, for the downloadable report (the file's own columns, then the reason). */
export async function exportProblemRows(actor: TActor, id: string): Promise<{ headers: string[]; fileName: string; rows: TProblemRow[] }> {
  requireCan(actor, 'imports.run');
  const imp = await db.import.findUnique({ where: { id }, select: { headers: true, fileName: true, mapping: true } });
  if (!imp) throw notFoundError();
  const rows = await listProblemRows(actor, id, 200_000);
  // Security: the audit names Leaven's fields, never the file's headers: a file with no header row
  // has a person's name, email and phone where its headers should be.
  const fields = [...new Set(parseMapping(imp.mapping).filter((f) => f !== null)), 'problem'];
  await db.$transaction((tx) => recordAudit(tx, actor, { action: 'EXPORT', entityType: 'import', entityId: id, fields }));
  return { headers: imp.headers, fileName: imp.fileName, rows };
}
