import { describe, expect, it } from 'vitest';
import { parseCsv, detectDelimiter } from '@/lib/import/csv-parse';
import { decodeFile, detectEncoding } from '@/lib/import/encoding';
import { detectSource, planColumns } from '@/lib/import/headers';
import { isForbiddenName } from '@/lib/vocabulary/privacy';
import { SPANISH_SHEET, utf8, windows1252 } from '../support/csv-files';

const rows = (text: string, d = detectDelimiter(text)) => {
  const out: { cells: string[]; row: number }[] = [];
  parseCsv(text, d, (cells, row) => void out.push({ cells, row }));
  return out;
};

describe('reading a CSV file', () => {
  it('detects Windows-1252 and keeps the accents', () => {
    const bytes = windows1252(SPANISH_SHEET);
    expect(detectEncoding(bytes)).toBe('windows-1252');
    const { text } = decodeFile(bytes);
    expect(text).toContain('Núñez Peña');
    expect(text).toContain('Güemes');
    expect(text).toContain('Ñandú');
  });

  it('decodes every byte from 0x80 to 0x9F as Windows does (the WHATWG windows-1252 table), not as Latin-1', () => {
    // ’ “ ” – — … € Š Ž œ ™: what spreadsheet autocorrect puts into names, addresses and notes.
    const expected = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    expect(decodeFile(bytes)).toEqual({ text: expected, encoding: 'windows-1252' });
    // The other bytes are Latin-1's: the letters of a Spanish sheet stay as they were.
    const rest = Uint8Array.from({ length: 96 }, (_, i) => 0xa0 + i);
    expect(decodeFile(rest).text).toBe(String.fromCharCode(...rest));
    expect(decodeFile(Uint8Array.from([0x44, 0x92, 0x41, 0x6e, 0x67, 0x65, 0x6c, 0x6f])).text).toBe('D’Angelo');
  });

  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeFile(utf8('Nombre\nJosé')).text).toBe('Nombre\nJosé');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Nombre\nJosé')]);
    expect(decodeFile(withBom)).toEqual({ text: 'Nombre\nJosé', encoding: 'utf-8' });
  });

  it('reads UTF-16 ("Unicode text" from Excel)', () => {
    const text = 'Nombre\tCorreo\r\nAní\ta@example.org';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(decodeFile(bytes)).toEqual({ text, encoding: 'utf-16le' });
  });

  it('finds the delimiter from the header line', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2;3')).toBe(',');
    expect(detectDelimiter('a\tb\n1\t2')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('handles quotes, doubled quotes, line breaks inside cells, CRLF and blank lines, numbering rows as a spreadsheet does', () => {
    const text = 'name,note\r\n"Ana ""La Güera""","line one\nline two"\r\n\r\nBeto,\r\n"Carla",x';
    expect(rows(text)).toEqual([
      { cells: ['name', 'note'], row: 1 },
      { cells: ['Ana "La Güera"', 'line one\nline two'], row: 2 },
      { cells: ['Beto', ''], row: 4 },
      { cells: ['Carla', 'x'], row: 5 },
    ]);
  });

  it('keeps empty trailing cells and a last line without a newline', () => {
    expect(rows('a,b,c\n1,,\n2,3').map((r) => r.cells)).toEqual([['a', 'b', 'c'], ['1', '', ''], ['2', '3']]);
  });

  it('stops when asked', () => {
    let seen = 0;
    parseCsv('a\n1\n2\n3\n', ',', () => ++seen < 2);
    expect(seen).toBe(2);
  });
});

describe('guessing what each column holds', () => {
  it('reads Spanish headers and refuses the immigration-status column before anything is kept', () => {
    const [header] = rows(decodeFile(windows1252(SPANISH_SHEET)).text);
    const plan = planColumns(header!.cells);
    expect(plan.skipped).toEqual(['Estatus migratorio']);
    expect(plan.kept).toEqual([0, 1, 2, 3, 4, 5, 6, 8]);
    expect(plan.mapping).toEqual(['givenName', 'familyName', 'phone', 'email', 'street', 'precinct', 'ward', 'tags']);
  });

  it('recognises an Action Network activist export', () => {
    const headers = ['uuid', 'first_name', 'last_name', 'email', 'zip_code', 'can2_country', 'can2_user_address', 'can2_user_city', 'can2_phone', 'can2_sms_status', 'can2_subscription_status', 'can2_user_tags'];
    const plan = planColumns(headers);
    expect(plan.source).toBe('actionNetwork');
    expect(plan.mapping).toEqual([null, 'givenName', 'familyName', 'email', 'postalCode', null, 'street', 'city', 'phone', 'smsOptIn', 'emailOptIn', 'tags']);
  });

  it('recognises a NationBuilder people export, preferring the primary address to the others', () => {
    const headers = [
      'nationbuilder_id', 'first_name', 'middle_name', 'last_name', 'email', 'email_opt_in', 'phone_number', 'mobile_number', 'mobile_opt_in',
      'registered_address1', 'primary_address1', 'primary_address2', 'primary_city', 'primary_state', 'primary_zip', 'precinct_code', 'precinct_name',
      'tag_list', 'do_not_call', 'do_not_contact', 'born_at', 'citizenship',
    ];
    const plan = planColumns(headers);
    expect(plan.source).toBe('nationBuilder');
    expect(plan.skipped).toEqual(['citizenship']);
    const byHeader = Object.fromEntries(plan.kept.map((i, k) => [headers[i], plan.mapping[k]]));
    expect(byHeader).toMatchObject({
      nationbuilder_id: null, first_name: 'givenName', last_name: 'familyName', email: 'email', email_opt_in: 'emailOptIn',
      phone_number: 'phone', mobile_number: 'phone', mobile_opt_in: 'smsOptIn', primary_address1: 'street', registered_address1: null,
      primary_address2: 'street2', primary_city: 'city', primary_zip: 'postalCode', precinct_code: 'precinct', precinct_name: null,
      tag_list: 'tags', do_not_call: 'doNotCall', do_not_contact: 'doNotContact', born_at: null, primary_state: null,
    });
    expect(detectSource(['Nombre', 'Correo'])).toBeNull();
  });

  it('refuses headers naming what Leaven never keeps, in English and Spanish, and nothing else', () => {
    const refused = [
      'Immigration Status', 'immigration_status', 'Citizenship', 'Visa type', 'Country of Birth', 'País de nacimiento', 'Lugar de nacimiento',
      'SSN', 'Social Security #', 'Número de seguro social', 'A-Number', 'Alien #', 'Número A', 'Estatus migratorio', 'Situación migratoria',
      'Ciudadanía', 'Nacionalidad', 'Undocumented?', 'Green card', 'DACA recipient',
    ];
    expect(refused.filter((h) => !isForbiddenName(h))).toEqual([]);
    const fine = ['Nombre', 'Apellido', 'Teléfono', 'Correo', 'Dirección', 'Precinto', 'Distrito', 'Fecha de nacimiento', 'Idioma', 'Votante registrado(a)', 'can2_country', 'Visitor', 'zip_code'];
    expect(fine.filter(isForbiddenName)).toEqual([]);
  });
});
