// A small, fast CSV reader (RFC 4180 plus what spreadsheets write): quoted cells with doubled
// quotes and line breaks inside, CRLF or LF, comma, semicolon (Spanish-locale Excel) or tab.

export type TDelimiter = ',' | ';' | '\t';

/** The delimiter the header line uses most, outside quotes. */
export function detectDelimiter(text: string): TDelimiter {
  const counts: Record<TDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 65_536; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  const best = (Object.keys(counts) as TDelimiter[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] > 0 ? best : ',';
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Reads records one at a time, so a caller can stream them (to COPY) without holding them all.
 * Each comes with its row number as a spreadsheet shows it: the header is row 1, and a cell with
 * line breaks inside still counts as one row. Blank lines are skipped (but counted).
 */
export class CsvReader {
  private i: number;
  private row = 0;
  private readonly sep: number;

  constructor(
    private readonly text: string,
    delimiter: TDelimiter,
  ) {
    this.sep = delimiter.charCodeAt(0);
    this.i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  next(): { cells: string[]; row: number } | null {
    const { text, sep } = this;
    const n = text.length;
    while (this.i < n) {
      let i = this.i;
      const cells: string[] = [];
      for (;;) {
        let value: string;
        if (text.charCodeAt(i) === QUOTE) {
          // A quoted cell: runs to the next quote not followed by another one.
          let start = i + 1;
          let parts = '';
          for (;;) {
            const q = text.indexOf('"', start);
            if (q === -1) {
              parts += text.slice(start);
              i = n;
              break;
            }
            if (text.charCodeAt(q + 1) === QUOTE) {
              parts += text.slice(start, q + 1);
              start = q + 2;
              continue;
            }
            parts += text.slice(start, q);
            i = q + 1;
            break;
          }
          // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
          let j = i;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === sep || c === LF || c === CR) break;
            j++;
          }
          value = j > i ? parts + text.slice(i, j) : parts;
          i = j;
        } else {
          let j = i;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === sep || c === LF || c === CR) break;
            j++;
          }
          value = text.slice(i, j);
          i = j;
        }
        cells.push(value);
        const c = i < n ? text.charCodeAt(i) : LF;
        if (c === sep) {
          i++;
          continue;
        }
        i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        break;
      }
      this.i = i;
      this.row++;
      if (cells.length === 1 && cells[0] === '') continue;
      return { cells, row: this.row };
    }
    return null;
  }
}

/** Calls `onRow` with each record; returning false stops the reading. */
export function parseCsv(text: string, delimiter: TDelimiter, onRow: (cells: string[], row: number) => boolean | void): void {
  const reader = new CsvReader(text, delimiter);
  for (let r = reader.next(); r; r = reader.next()) {
    if (onRow(r.cells, r.row) === false) return;
  }
}
