// A small seeded PRNG for the factories and the demo seed. Nothing here may call Math.random:
// the same seed must give the same people, circles and ties on every machine and every run.

export const DEFAULT_SEED = 25;

export type TWeighted<T> = readonly (readonly [T, number])[];

export type TRandom = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both ends included. */
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  weighted: <T>(entries: TWeighted<T>) => T;
  shuffle: <T>(items: readonly T[]) => T[];
  /** Up to n distinct items, in random order. */
  sample: <T>(items: readonly T[], n: number) => T[];
  /** A valid version-4 UUID string, lower-case. */
  uuid: () => string;
  /**
   * An independent stream named by label. Each part of the seed draws from its own fork, so
   * adding a draw in one part does not reshuffle every part after it.
   */
  fork: (label: string) => TRandom;
};

/** FNV-1a, to turn a label (or a seed and a label) into a 32-bit seed. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRandom(seed: number | string = DEFAULT_SEED): TRandom {
  const base = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed);
  const next = mulberry32(base);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };

  const weighted = <T>(entries: TWeighted<T>): T => {
    const total = entries.reduce((sum, [, w]) => sum + Math.max(0, w), 0);
    if (entries.length === 0 || total <= 0) throw new Error('weighted pick with no weight');
    let r = next() * total;
    for (const [value, w] of entries) {
      r -= Math.max(0, w);
      if (r < 0) return value;
    }
    return (entries[entries.length - 1] as readonly [T, number])[0];
  };

  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };

  const uuid = () => {
    const bytes: number[] = [];
    for (let i = 0; i < 16; i++) bytes.push(Math.floor(next() * 256));
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40; // version 4
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
    const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };

  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted,
    shuffle,
    sample: (items, n) => shuffle(items).slice(0, Math.max(0, n)),
    uuid,
    fork: (label) => createRandom(hashSeed(`${base}:${label}`)),
  };
}

/** Up to n distinct items, each drawn with odds proportional to its weight (Efraimidis-Spirakis). */
export function weightedSample<T>(rng: TRandom, entries: TWeighted<T>, n: number): T[] {
  return entries
    .filter(([, w]) => w > 0)
    .map(([value, w]) => ({ value, key: Math.log(1 - rng.next()) / w }))
    .sort((a, b) => b.key - a.key)
    .slice(0, Math.max(0, n))
    .map((e) => e.value);
}

/**
 * PostgreSQL orders uuid values by their 16 bytes, which is the order of their lower-case hex
 * strings; the relationship table's CHECK (person_a_id < person_b_id) relies on the same order.
 */
export function compareUuid(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}
