import metadata from 'libphonenumber-js/metadata.min.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { importPhone } from '@/lib/import/phone';
import { toE164 as toE164In } from '@/lib/format/phone';

const toE164 = (raw: string) => toE164In(raw, 'US');

/** The top-level alternatives of a regular expression's source. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

describe('the import’s fast path for US and Canadian phone numbers', () => {
  it('rests on a fact about the installed metadata: every +1 pattern leaves at least the last four digits free', () => {
    const m = metadata as unknown as { country_calling_codes: Record<string, string[]>; countries: Record<string, unknown[]> };
    const patterns = m.country_calling_codes['1']!.flatMap((region) => {
      const entry = m.countries[region]!;
      const types = Array.isArray(entry[11]) ? (entry[11] as unknown[]).filter(Array.isArray).map((t) => (t as string[])[0]).filter(Boolean) : [];
      return [entry[2] as string, ...types] as string[];
    });
    expect(patterns.length).toBeGreaterThan(30);
    const bad = patterns.flatMap(alternatives).filter((alt) => Number(/\\d\{(\d+)\}$/.exec(alt)?.[1] ?? 0) < 4);
    expect(bad).toEqual([]);
  });

  it('gives exactly what the person form’s toE164 gives, for numbers written every which way', () => {
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n);
    const formats = [
      (d: string) => d,
      (d: string) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`,
      (d: string) => `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`,
      (d: string) => `1 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`,
      (d: string) => `+1 ${d}`,
      (d: string) => `+${d}`,
      (d: string) => `1-${d}`,
      (d: string) => d.slice(1),
    ];
    const differences: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const digits = String(rand(10)) + String(rand(1_000_000_000)).padStart(9, '0');
      const raw = formats[rand(formats.length)]!(digits);
      if (importPhone(raw) !== toE164(raw)) differences.push(`${raw}: ${importPhone(raw)} vs ${toE164(raw)}`);
    }
    for (const raw of ['+52 55 1234 5678', '+44 20 7946 0958', '773 555 0123 ext 4', '1-800-FLOWERS', '555', '', '  (773) 555-0199  ']) {
      if (importPhone(raw) !== toE164(raw)) differences.push(`${raw}: ${importPhone(raw)} vs ${toE164(raw)}`);
    }
    expect(differences).toEqual([]);
  });
});

describe('the organization’s phone country', () => {
  it('reads a number written without a country code as one of that country’s', () => {
    expect(importPhone('(773) 555-0123')).toBe('+17735550123');
    expect(importPhone('55 5555 1234', 'MX')).toBe('+525555551234');
    expect(importPhone('55 5555 1234', 'US')).toBeNull();
    // A number with its country code is read as written, whatever the setting.
    expect(importPhone('+1 773 555 0123', 'MX')).toBe('+17735550123');
    expect(importPhone('773 555 0123', 'CA')).toBe('+17735550123');
  });
});
