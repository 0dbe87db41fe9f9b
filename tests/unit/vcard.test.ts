import { describe, expect, it } from 'vitest';
import { fold, vcard } from '@/lib/data/exports/vcard-format';

const person = {
  id: 'a0000000-0000-4000-8000-000000000001',
  givenName: 'María José',
  familyName: 'Núñez; Peña',
  preferredName: 'Majo',
  emails: [{ email: 'majo@example.org', isPrimary: true }],
  phones: [{ e164: '+17735550101', isPrimary: true, type: 'MOBILE' as const }],
  street: '2710 S. Avenida Ñandú, Apt 3',
  city: 'Chicago',
  postalCode: '60623',
  preferredLanguage: 'es',
  updatedAt: new Date('2026-11-30T12:00:00Z'),
};

describe('vCard', () => {
  it('escapes commas and semicolons and ends lines with CRLF', () => {
    const card = vcard(person, '3.0');
    expect(card).toContain('FN:Majo Núñez\\; Peña\r\n');
    expect(card).toContain('N:Núñez\\; Peña;María José;;;\r\n');
    expect(card).toContain('ADR;TYPE=HOME:;;2710 S. Avenida Ñandú\\, Apt 3;Chicago;;60623;\r\n');
    expect(card).toContain('REV:20261130T120000Z');
    expect(card.endsWith('END:VCARD\r\n')).toBe(true);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = `NOTE:${'ñ'.repeat(60)}`;
    const folded = fold(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });
});

describe('vCard line breaks', () => {
  it('escapes every line break, a lone carriage return too, so no value can start a property of its own', () => {
    const card = vcard({ ...person, street: 'Calle 1\rEND:VCARD\rBEGIN:VCARD', city: 'Chi\r\ncago\nIL' }, '4.0');
    const lines = card.split('\r\n');
    expect(lines.filter((l) => l === 'END:VCARD')).toHaveLength(1);
    expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(card).toContain('Calle 1\\nEND:VCARD\\nBEGIN:VCARD;Chi\\ncago\\nIL');
  });
});
