import { CsvReader, detectDelimiter } from '@/lib/import/csv-parse';
import { decodeFile } from '@/lib/import/encoding';
import { PLACE_LIST_MAX_BYTES, PLACE_LIST_MAX_LINES, PLACE_NAME_MAX, PLACE_NUMBER_MAX } from '@/lib/validation/places';
import { normaliseName } from '@/lib/vocabulary/privacy';

// A list of places as a city publishes one: "ward,precinct" per line, with an optional name
// (Chicago's 50 wards and some 1,290 precincts), in any encoding and delimiter a spreadsheet
// writes. A header line is optional; with one, the columns are found by name (English or
// Spanish). The whole list is checked before anything is written: every bad line is named.

export type TPlaceLine = { line: number; ward: number; precinct: number; name: string | null };
export type TPlaceProblem = { line: number; reason: 'ward' | 'precinct' | 'nameTooLong' | 'conflictingName' | 'tooManyLines' | 'empty' | 'tooLarge' };
export type TPlaceList = { ok: true; places: TPlaceLine[] } | { ok: false; problems: TPlaceProblem[] };

const HEADERS = {
  ward: ['ward', 'wardnumber', 'distrito', 'numerodedistrito'],
  precinct: ['precinct', 'precinctnumber', 'precinto', 'numerodeprecinto'],
  name: ['name', 'precinctname', 'nombre', 'nombredelprecinto'],
} as const;

const key = (cell: string) => normaliseName(cell).replace(/[^a-z0-9]/g, '');

/** A whole number from 1 to 9999 ("003" is 3), or null. */
export function placeNumber(raw: string): number | null {
  const v = raw.trim();
  if (!/^\d{1,4}$/.test(v)) return null;
  const n = Number(v);
  return n >= 1 && n <= PLACE_NUMBER_MAX ? n : null;
}

/** Which column holds what: by the header's names, or ward, precinct, name in that order. */
function columnsOf(first: string[]): { ward: number; precinct: number; name: number; header: boolean } {
  const keys = first.map(key);
  const find = (names: readonly string[]) => keys.findIndex((k) => names.includes(k));
  const [ward, precinct] = [find(HEADERS.ward), find(HEADERS.precinct)];
  if (ward >= 0 && precinct >= 0) return { ward, precinct, name: find(HEADERS.name), header: true };
  return { ward: 0, precinct: 1, name: 2, header: placeNumber(first[0] ?? '') === null };
}

export function parsePlaceList(bytes: Uint8Array): TPlaceList {
  if (bytes.length > PLACE_LIST_MAX_BYTES) return { ok: false, problems: [{ line: 1, reason: 'tooLarge' }] };
  const { text } = decodeFile(bytes);
  const reader = new CsvReader(text, detectDelimiter(text));
  const places = new Map<string, TPlaceLine>();
  const problems: TPlaceProblem[] = [];
  let columns: ReturnType<typeof columnsOf> | null = null;
  for (let r = reader.next(); r; r = reader.next()) {
    if (r.cells.every((c) => c.trim() === '')) continue;
    if (!columns) {
      columns = columnsOf(r.cells);
      if (columns.header) continue;
    }
    if (places.size + problems.length >= PLACE_LIST_MAX_LINES) return { ok: false, problems: [{ line: r.row, reason: 'tooManyLines' }] };
    const ward = placeNumber(r.cells[columns.ward] ?? '');
    const precinct = placeNumber(r.cells[columns.precinct] ?? '');
    const name = columns.name >= 0 ? (r.cells[columns.name] ?? '').trim().replace(/\s+/g, ' ') || null : null;
    const problem = ward === null ? 'ward' : precinct === null ? 'precinct' : name && name.length > PLACE_NAME_MAX ? 'nameTooLong' : null;
    if (problem) {
      problems.push({ line: r.row, reason: problem });
      continue;
    }
    const k = `${ward}-${precinct}`;
    const seen = places.get(k);
    // The same precinct twice is harmless; twice with two names is a list to fix.
    if (seen && name && seen.name && seen.name !== name) problems.push({ line: r.row, reason: 'conflictingName' });
    else if (!seen || (!seen.name && name)) places.set(k, { line: r.row, ward: ward!, precinct: precinct!, name: name ?? seen?.name ?? null });
  }
  if (problems.length) return { ok: false, problems };
  if (places.size === 0) return { ok: false, problems: [{ line: 1, reason: 'empty' }] };
  return { ok: true, places: [...places.values()].sort((a, b) => a.ward - b.ward || a.precinct - b.precinct) };
}
