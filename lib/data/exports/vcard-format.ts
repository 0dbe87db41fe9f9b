// vCard 3.0 (RFC 2426, what most phones import) and 4.0 (RFC 6350). Pure: no database here.

export type TVCardVersion = '3.0' | '4.0';
export type TVCardPerson = {
  id: string;
  givenName: string | null;
  familyName: string | null;
  preferredName: string | null;
  emails: { email: string; isPrimary: boolean }[];
  /** The kind of line: a mobile is a cell phone; a landline, or a number of unknown kind, a voice line. */
  phones: { e164: string; isPrimary: boolean; type: 'MOBILE' | 'LANDLINE' | 'UNKNOWN' }[];
  street: string | null;
  city: string | null;
  postalCode: string | null;
  preferredLanguage: string;
  updatedAt: Date;
};

/** Text values escape backslash, comma, semicolon and every line break (CRLF, LF, a lone CR). */
const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');

/** Lines longer than 75 octets are folded: CRLF then a space, never inside a UTF-8 character. */
export function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (size + n > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function vcard(p: TVCardPerson, version: TVCardVersion, categories: string[] = []): string {
  const display = [p.preferredName || p.givenName, p.familyName].filter(Boolean).join(' ') || p.givenName || '—';
  const v4 = version === '4.0';
  const pref = (primary: boolean) => (primary ? (v4 ? ';PREF=1' : ',pref') : '');
  const lines = [
    'BEGIN:VCARD',
    `VERSION:${version}`,
    v4 ? `UID:urn:uuid:${p.id}` : `UID:${p.id}`,
    `FN:${esc(display)}`,
    `N:${esc(p.familyName ?? '')};${esc(p.givenName ?? '')};;;`,
    ...(p.preferredName ? [`NICKNAME:${esc(p.preferredName)}`] : []),
    ...p.phones.map((ph) => (v4 ? `TEL;VALUE=uri;TYPE=${ph.type === 'MOBILE' ? 'cell,text' : 'voice'}${pref(ph.isPrimary)}:tel:${ph.e164}` : `TEL;TYPE=${ph.type === 'MOBILE' ? 'CELL' : 'VOICE'}${pref(ph.isPrimary)}:${ph.e164}`)),
    ...p.emails.map((e) => (v4 ? `EMAIL${pref(e.isPrimary)}:${esc(e.email)}` : `EMAIL;TYPE=INTERNET${pref(e.isPrimary)}:${esc(e.email)}`)),
    ...(p.street || p.city || p.postalCode ? [`ADR${v4 ? '' : ';TYPE=HOME'}:;;${esc(p.street ?? '')};${esc(p.city ?? '')};;${esc(p.postalCode ?? '')};`] : []),
    ...(v4 ? [`LANG:${p.preferredLanguage}`] : []),
    ...(categories.length ? [`CATEGORIES:${categories.map(esc).join(',')}`] : []),
    `REV:${p.updatedAt.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')}`,
    'END:VCARD',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
