import fc from 'fast-check';

// Hostile input for the fuzz tests (tests/integration/fuzz-*.test.ts, tests/e2e/fuzz.spec.ts):
// what an attacker or a broken client sends instead of what the forms send. Every payload is
// built from a real request's shape (the authorization matrix's inputs) with fields dropped,
// added, retyped or replaced, or is anything at all.

/** Payloads per entry (action or route) in `npm test`; LEAVEN_FUZZ_RUNS=1000 (or more) for the long run. */
export const FUZZ_RUNS = Number(process.env.LEAVEN_FUZZ_RUNS ?? 150);
/** A fixed seed, so a failure can be replayed; LEAVEN_FUZZ_SEED for another sample. */
export const FUZZ_SEED = Number(process.env.LEAVEN_FUZZ_SEED ?? 20_261_208);

export const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '<script>window.__xss=1</script>',
  '"><img src=x onerror="window.__xss=1">',
  "Robert'); DROP TABLE person;--",
  "' OR '1'='1",
  '\u202eRTL override',
  'مرحبا بالعالم',
  '👩🏽‍🌾👨‍👩‍👧‍👦🏳️‍🌈',
  'x'.repeat(10_001),
  'ñ'.repeat(100_001),
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '99999999999999999999999',
  '-2147483649',
  '9999-12-31T23:59',
  '2027-02-30',
  '0001-01-01',
  '../../etc/passwd',
  '%00',
  '{{7*7}}',
  '${7*7}',
  '__proto__',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '25-99999999999',
  'on',
  'true',
  '[]',
  '{}',
];

const HUGE_NUMBERS = [2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e21, -1, 0, 0.5];

export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.fullUnicodeString({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString())) },
);

const leaf = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_NUMBERS) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 6 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, leaf, { maxKeys: 4 }) },
);

/** A request's body: a real shape (one of `bases`) mutated, a random object, or anything at all. */
export function hostilePayload(bases: Record<string, unknown>[]): fc.Arbitrary<unknown> {
  const shapes = bases.length ? bases : [{}];
  const keys = [...new Set(shapes.flatMap((b) => Object.keys(b)))];
  const key = keys.length ? fc.oneof(fc.constantFrom(...keys), fc.constantFrom('__proto__', 'constructor', 'id', 'version'), fc.string({ maxLength: 12 })) : fc.string({ maxLength: 12 });
  const mutated = fc
    .record({
      base: fc.constantFrom(...shapes),
      drop: fc.subarray(keys),
      // At least one field hostile: a request exactly as the form sends it is the other tests' business.
      set: fc.array(fc.tuple(key, hostileValue), { minLength: 1, maxLength: 4 }),
    })
    .map(({ base, drop, set }) => {
      const out: Record<string, unknown> = Object.fromEntries(Object.entries(base).filter(([k]) => !drop.includes(k)));
      for (const [k, v] of set) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      return out;
    });
  return fc.oneof(
    { weight: 7, arbitrary: mutated },
    { weight: 1, arbitrary: fc.dictionary(hostileString, hostileValue, { maxKeys: 6 }) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  );
}

/** The payload as a form would post it: every value a string, arrays as repeated fields. */
export function asFormData(payload: unknown): FormData {
  const form = new FormData();
  if (!payload || typeof payload !== 'object') return form;
  for (const [k, v] of Object.entries(payload)) {
    for (const item of Array.isArray(v) ? v : [v]) {
      if (item === undefined) continue;
      form.append(k, typeof item === 'string' ? item : JSON.stringify(item) ?? String(item));
    }
  }
  return form;
}

/** Junk for an entry whose real shape is not at hand (the e2e sample): random objects, values, anything. */
export const hostileJunk: fc.Arbitrary<unknown> = fc.oneof(fc.dictionary(hostileString, hostileValue, { maxKeys: 6 }), hostileValue, fc.anything({ maxDepth: 2 }));

/** A page's address with hostile segments and query: `[id]` replaced, junk parameters added. */
export function fuzzHref(route: string): fc.Arbitrary<string> {
  const params = fc.array(fc.tuple(fc.constantFrom('q', 'page', 'size', 'sort', 'dir', 'next', 'from', 'to', 'ward', 'stage', 'tag', 'cursor', 'a', 'b', 'done'), hostileString), { maxLength: 4 });
  return fc.tuple(hostileString, params).map(([segment, query]) => {
    const path = route.replace(/\[[^\]]+\]/g, encodeURIComponent(segment.slice(0, 200)) || 'x');
    return `${path}?${new URLSearchParams(query.map(([k, v]) => [k, v.slice(0, 2_000)]))}`;
  });
}
