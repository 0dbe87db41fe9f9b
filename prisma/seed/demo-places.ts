import type { Prisma } from '../../lib/generated/prisma/client';
import { PLACE_NAMES, POSTAL_CODES, STREETS } from '../../tests/factories/names';
import type { TRandom } from '../../tests/factories/random';

// The demo's map: the 25th Ward with 30 precincts, and a few precincts of the neighbouring
// 12th, where some of the ward's people live and some of its allies work.

export type TWardRow = Prisma.WardCreateManyInput & { id: string };
export type TPrecinctRow = Prisma.PrecinctCreateManyInput & { id: string };

export type TSeedPrecinct = {
  row: TPrecinctRow;
  wardNumber: number;
  /** Share of the ward's people who live here. */
  weight: number;
  /** How organized the precinct is: strong precincts hold more members and leaders. */
  strength: number;
  streets: readonly string[];
  postalCode: string;
};

export type TPlaces = { wards: TWardRow[]; precincts: TSeedPrecinct[]; home: TWardRow };

const WARDS = [
  { number: 25, name: '25th Ward', precincts: 30, share: 0.95 },
  { number: 12, name: '12th Ward', precincts: 4, share: 0.05 },
] as const;

export function planPlaces(rng: TRandom): TPlaces {
  const wards: TWardRow[] = [];
  const precincts: TSeedPrecinct[] = [];
  for (const ward of WARDS) {
    const wardRow: TWardRow = { id: rng.uuid(), number: ward.number, name: ward.name };
    wards.push(wardRow);
    const raw = Array.from({ length: ward.precincts }, () => 0.5 + rng.next());
    const total = raw.reduce((s, w) => s + w, 0);
    for (let i = 0; i < ward.precincts; i++) {
      const number = i + 1;
      // Neighbouring precincts share streets, so addresses cluster the way blocks do.
      const first = (i * 5) % STREETS.length;
      const streets = [STREETS[first], STREETS[(first + 1) % STREETS.length], STREETS[(i * 7 + 12) % STREETS.length]]
        .filter((s): s is string => Boolean(s));
      const home = ward.number === 25;
      precincts.push({
        row: {
          id: rng.uuid(),
          wardId: wardRow.id,
          number,
          // Some precincts have a name people use; the rest are known by number.
          name: home && i % 3 === 0 ? (PLACE_NAMES[(i / 3) % PLACE_NAMES.length] ?? null) : null,
          captainId: null,
        },
        wardNumber: ward.number,
        weight: (ward.share * (raw[i] ?? 1)) / total,
        strength: home ? 0.35 + rng.next() * 1.3 : 0.25 + rng.next() * 0.3,
        streets,
        postalCode: POSTAL_CODES[Math.floor(i / 8) % POSTAL_CODES.length] ?? '60608',
      });
    }
  }
  const home = wards[0];
  if (!home) throw new Error('the demo needs its home ward');
  return { wards, precincts, home };
}
