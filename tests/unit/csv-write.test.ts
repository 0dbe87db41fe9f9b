import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument, csvLine, safeCell } from '@/lib/csv/write';
import { detectDelimiter, parseCsv } from '@/lib/import/csv-parse';

describe('writing CSV for spreadsheets', () => {
  it('starts with a byte-order mark, quotes every cell and ends lines with CRLF', () => {
    expect(csvDocument(['name', 'note'], [['Núñez', 'said "hola"'], [null, 3]])).toBe('\uFEFF"name","note"\r\n"Núñez","said ""hola"""\r\n"","3"\r\n');
  });

  it('turns cells a spreadsheet would run as formulas into text', () => {
    expect(safeCell('=HYPERLINK("http://evil","click")')).toBe(`'=HYPERLINK("http://evil","click")`);
    expect(safeCell('@SUM(A1:A9)')).toBe(`'@SUM(A1:A9)`);
    expect(safeCell('+cmd|\' /C calc\'!A0')).toBe(`'+cmd|' /C calc'!A0`);
    expect(safeCell('-2+3+cmd')).toBe(`'-2+3+cmd`);
    expect(safeCell('\t=1')).toBe(`'\t=1`);
  });

  it('leaves phone numbers and negative numbers as they are', () => {
    expect(safeCell('+17735550123')).toBe('+17735550123');
    expect(safeCell('+52 55 1234 5678')).toBe('+52 55 1234 5678');
    expect(safeCell('-3')).toBe('-3');
    expect(csvCell(['a', 'b'])).toBe('"a, b"');
  });

  it('reads back what it writes', () => {
    const line = csvLine(['Ana, "La Güera"', 'two\nlines', '=1+1']);
    const out: string[][] = [];
    parseCsv(line, detectDelimiter(line), (cells) => void out.push(cells));
    expect(out).toEqual([['Ana, "La Güera"', 'two\nlines', "'=1+1"]]);
  });
});
