import type { TActor } from '@/lib/access/actor';
import { requireCan } from '@/lib/access/capabilities';
import { parseMapping } from '@/lib/data/imports/analyse';
import { recheckImport } from '@/lib/data/imports/commands';
import { ensurePlacesTx } from '@/lib/data/places/ensure';
import { withClient } from '@/lib/db/pools';
import { db } from '@/lib/db/prisma';
import { notFoundError } from '@/lib/errors';
import { namedPlace } from '@/lib/import/places';

// The precincts a file names that Leaven does not have yet (rows to fix with "precinct.unknown"),
// shown in the import's review step. Leadership may add them there: they are made, and the file
// is checked again, so those rows come in with their precincts.

export type TUnknownPlaces = {
  /** The precincts to add, "ward-precinct", in order. */
  places: { ward: number; precinct: number }[];
  /** How many rows to fix they account for. */
  rows: number;
};

export async function listUnknownPlaces(actor: TActor, importId: string): Promise<TUnknownPlaces> {
  requireCan(actor, 'imports.run');
  const imp = await db.import.findUnique({ where: { id: importId }, select: { mapping: true } });
  if (!imp) throw notFoundError();
  const mapping = parseMapping(imp.mapping);
  const wardColumn = mapping.indexOf('ward');
  const rows = await withClient(async (client) =>
    (
      await client.query<{ problems: string[]; cells: string[] }>(
        `SELECT s.problems, r.cells FROM import_staged s JOIN import_row r USING (import_id, line)
          WHERE s.import_id = $1 AND s.outcome = 'BAD' AND EXISTS (SELECT 1 FROM unnest(s.problems) p WHERE p LIKE 'precinct.unknown:%')`,
        [importId],
      )
    ).rows,
  );
  const places = new Map<string, { ward: number; precinct: number }>();
  let count = 0;
  for (const { problems, cells } of rows) {
    const column = Number(problems.find((p) => p.startsWith('precinct.unknown:'))!.split(':')[1]);
    const place = namedPlace(cells[column] ?? '', wardColumn >= 0 ? (cells[wardColumn] ?? null) : null);
    if (!place) continue;
    places.set(`${place.ward}-${place.precinct}`, place);
    count++;
  }
  return { places: [...places.values()].sort((a, b) => a.ward - b.ward || a.precinct - b.precinct), rows: count };
}

/** Adds the precincts (and wards) the file names, then checks the file again. Leadership only. */
export async function addImportPlaces(actor: TActor, importId: string): Promise<{ precincts: number }> {
  requireCan(actor, 'places.manage');
  const { places } = await listUnknownPlaces(actor, importId);
  const made = await db.$transaction((tx) => ensurePlacesTx(tx, actor, places), { timeout: 60_000 });
  await recheckImport(actor, importId);
  return { precincts: made.precincts };
}
