import { createHash } from 'node:crypto';
import type pg from 'pg';
import { placeIndex, type TPlaceIndex } from '@/lib/import/places';

/**
 * Every ward and precinct, to resolve a file's "25-3" or "Precinto 3" without a query per row;
 * and a key that changes whenever any of them does.
 */
export async function loadPlaces(client: pg.PoolClient): Promise<{ places: TPlaceIndex; key: string }> {
  // One after the other: a pg client runs one query at a time.
  const precincts = await client.query<{ id: string; number: number; wardId: string; wardNumber: number }>(
    'SELECT p.id, p.number, p.ward_id AS "wardId", w.number AS "wardNumber" FROM precinct p JOIN ward w ON w.id = p.ward_id ORDER BY p.id',
  );
  const wards = await client.query<{ id: string; number: number }>('SELECT id, number FROM ward ORDER BY id');
  const key = createHash('sha256').update(JSON.stringify([precincts.rows, wards.rows])).digest('hex');
  return { places: placeIndex(precincts.rows, wards.rows), key };
}
