// CSV for spreadsheets: RFC 4180 quoting, a BOM so Excel reads UTF-8 (accents in names), and
// no cell that a spreadsheet would run as a formula.

export const CSV_BOM = '\uFEFF';

// Security: a cell starting with one of these is a formula in Excel and LibreOffice (CSV
// injection); a leading apostrophe makes it plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
