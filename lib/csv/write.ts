// Writing CSV that spreadsheets open correctly and safely: every cell quoted, CRLF line ends, a
// UTF-8 byte-order mark so Excel reads accents, and no cell that a spreadsheet would run as a formula.

export const CSV_BOM = '\uFEFF';

// A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets (OWASP
// "CSV injection"). A leading apostrophe makes it text. Numbers and phone numbers such as
// "+17735550123" or "-3" are left alone: they cannot call anything.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?[\d\s().-]+$/;

export function safeCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

export type TCsvValue = string | number | boolean | null | undefined | Date | string[];

function toText(value: TCsvValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** One quoted, formula-safe cell. */
export function csvCell(value: TCsvValue): string {
  return `"${safeCell(toText(value)).replace(/"/g, '""')}"`;
}

/** One line, ending in CRLF. */
export function csvLine(values: TCsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** A whole small file, with the byte-order mark. Large exports stream csvLine() instead. */
export function csvDocument(header: string[], rows: TCsvValue[][]): string {
  return CSV_BOM + csvLine(header) + rows.map(csvLine).join('');
}
