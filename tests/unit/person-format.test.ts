import { describe, expect, it } from 'vitest';
import { displayName, initials } from '../../lib/format/person-name';
import { formatPhone } from '../../lib/format/phone';

describe('how a person is named', () => {
  it('uses the name they go by, and a nickname alone', () => {
    expect(displayName({ givenName: 'María José', familyName: 'Núñez', preferredName: 'Majo' })).toBe('Majo Núñez');
    expect(displayName({ givenName: null, familyName: null, preferredName: 'La Güera' })).toBe('La Güera');
    expect(displayName({ givenName: 'Ana', familyName: null, preferredName: null })).toBe('Ana');
    expect(initials({ givenName: 'ana', familyName: 'peña', preferredName: null })).toBe('AP');
  });
});

describe('how a phone number is shown', () => {
  it('reads nationally for US numbers and internationally for others', () => {
    expect(formatPhone('+17735550123')).toBe('(773) 555-0123');
    expect(formatPhone('+525512345678')).toBe('+52 55 1234 5678');
    expect(formatPhone('garbage')).toBe('garbage');
  });
});
