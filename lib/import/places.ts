import type { TResult } from '@/lib/import/values';

// Precincts and wards as files write them: "25-3", "25/03", "Ward 25 Precinct 3", "W25 P3", or a
// precinct number alone beside a ward column ("Distrito"), resolved against the real ones.

export type TPlaceIndex = {
  wards: Map<number, string>;
  /** "ward-precinct" to ids. */
  precincts: Map<string, { id: string; wardId: string }>;
  /** A precinct number to every precinct with it, across wards. */
  byNumber: Map<number, { id: string; wardId: string }[]>;
};

export function placeIndex(rows: { id: string; number: number; wardId: string; wardNumber: number }[], wards: { id: string; number: number }[]): TPlaceIndex {
  const index: TPlaceIndex = { wards: new Map(wards.map((w) => [w.number, w.id])), precincts: new Map(), byNumber: new Map() };
  for (const p of rows) {
    index.precincts.set(`${p.wardNumber}-${p.number}`, { id: p.id, wardId: p.wardId });
    index.byNumber.set(p.number, [...(index.byNumber.get(p.number) ?? []), { id: p.id, wardId: p.wardId }]);
  }
  return index;
}

const numbers = (raw: string) => (raw.match(/\d+/g) ?? []).map(Number);

export function ward(raw: string, index: TPlaceIndex): TResult<string> {
  const [n, extra] = numbers(raw);
  if (raw.trim() === '') return { ok: true, value: null };
  if (n === undefined || extra !== undefined) return { ok: false, problem: 'invalid' };
  const id = index.wards.get(n);
  return id ? { ok: true, value: id } : { ok: false, problem: 'unknown' };
}

/**
 * The ward and precinct numbers a precinct cell names (with the ward cell's, if the file has
 * one), whether Leaven has that precinct or not: what leadership may add from a file. Null when
 * the cell does not say which ward (a bare "3" and no ward column).
 */
export function namedPlace(raw: string, wardRaw: string | null): { ward: number; precinct: number } | null {
  const found = numbers(raw);
  if (found.length === 0 || found.length > 2) return null;
  const ward = found.length === 2 ? found[0] : wardRaw ? numbers(wardRaw)[0] : undefined;
  const precinct = found[found.length - 1]!;
  const fits = (n: number | undefined): n is number => n !== undefined && n >= 1 && n <= 9999;
  return fits(ward) && fits(precinct) ? { ward, precinct } : null;
}

/** A precinct cell, with the ward cell's number if the file has one. */
export function precinct(raw: string, wardRaw: string | null, index: TPlaceIndex): TResult<{ id: string; wardId: string }> {
  if (raw.trim() === '') return { ok: true, value: null };
  const found = numbers(raw);
  if (found.length === 0 || found.length > 2) return { ok: false, problem: 'invalid' };
  const wardNumber = found.length === 2 ? found[0] : wardRaw ? numbers(wardRaw)[0] : undefined;
  const number = found[found.length - 1]!;
  if (wardNumber !== undefined) {
    const p = index.precincts.get(`${wardNumber}-${number}`);
    return p ? { ok: true, value: p } : { ok: false, problem: 'unknown' };
  }
  const candidates = index.byNumber.get(number) ?? [];
  if (candidates.length === 1) return { ok: true, value: candidates[0]! };
  return { ok: false, problem: candidates.length === 0 ? 'unknown' : 'ambiguous' };
}
