import type pg from 'pg';
import { placeIndex, type TPlaceIndex } from '@/lib/import/places';

/** Every ward and precinct, to resolve a file's "25-3" or "Precinto 3" without a query per row. */
export async function loadPlaces(client: pg.PoolClient): Promise<TPlaceIndex> {
  // One after the other: a pg client runs one query at a time.
  const precincts = await client.query<{ id: string; number: number; wardId: string; wardNumber: number }>(
    'SELECT p.id, p.number, p.ward_id AS "wardId", w.number AS "wardNumber" FROM precinct p JOIN ward w ON w.id = p.ward_id',
  );
  const wards = await client.query<{ id: string; number: number }>('SELECT id, number FROM ward');
  return placeIndex(precincts.rows, wards.rows);
}
