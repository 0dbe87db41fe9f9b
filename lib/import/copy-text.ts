// Rows in PostgreSQL's COPY text format: tab between columns, \N for NULL, backslash escapes.
// Written by hand because it is the hot loop of an import (a value per cell, 200,000 rows).

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function copyValue(value: string | number | boolean | null): string {
  if (value === null) return '\\N';
  if (typeof value !== 'string') return String(value);
  return SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : value;
}

const ARRAY_SPECIAL = /[\\"]/g;
const element = (v: string) => (v.indexOf('"') === -1 && v.indexOf('\\') === -1 ? v : v.replace(ARRAY_SPECIAL, '\\$&'));

/** A text[] value: an array literal with every element quoted, then escaped for COPY. */
export function copyArray(values: string[]): string {
  if (values.length === 0) return '{}';
  let out = '{"';
  for (let i = 0; i < values.length; i++) out += (i ? '","' : '') + element(values[i]!);
  return copyValue(out + '"}');
}

export function copyLine(values: string[]): string {
  return `${values.join('\t')}\n`;
}
