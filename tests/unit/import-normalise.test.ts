import { describe, expect, it } from 'vitest';
import { RowClusters } from '@/lib/import/cluster';
import { repeatedFields, type TMapping } from '@/lib/vocabulary/import-fields';
import { normaliseRow } from '@/lib/import/normalise';
import { placeIndex } from '@/lib/import/places';
import { boolean, voter } from '@/lib/import/values';

const W25 = 'a0000000-0000-4000-8000-000000000025';
const W12 = 'a0000000-0000-4000-8000-000000000012';
const places = placeIndex(
  [
    { id: 'p25-3', number: 3, wardId: W25, wardNumber: 25 },
    { id: 'p25-4', number: 4, wardId: W25, wardNumber: 25 },
    { id: 'p12-4', number: 4, wardId: W12, wardNumber: 12 },
  ],
  [{ id: W25, number: 25 }, { id: W12, number: 12 }],
);
const SHEET: TMapping = ['givenName', 'familyName', 'phone', 'email', 'street', 'precinct', 'ward', 'tags'];

describe('a row as it will be saved', () => {
  it('normalises names, phones to E.164, emails to lower case, tags, and resolves precinct with the ward column', () => {
    const row = normaliseRow(['  José ', 'Núñez  Peña', '(773) 555-0101', 'Jose.Nunez@Example.org', '2710 S. Avenida Ñandú', '3', '25', 'Hogar, vecinos;hogar'], SHEET, places);
    expect(row).toMatchObject({
      givenName: 'José',
      familyName: 'Núñez Peña',
      phones: ['+17735550101'],
      emails: ['jose.nunez@example.org'],
      street: '2710 S. Avenida Ñandú',
      precinctId: 'p25-3',
      wardId: W25,
      tags: ['Hogar', 'vecinos'],
      problems: [],
    });
  });

  it('names each problem with its column: a phone that is not one, an email that is not one, a precinct that does not exist', () => {
    const row = normaliseRow(['Begoña', 'Ibáñez', '555', 'begona@example', '', '99', '25', ''], SHEET, places);
    expect(row.problems).toEqual(['phone.invalid:2', 'email.invalid:3', 'precinct.unknown:5']);
  });

  it('reads "25-4" on its own, and calls a bare precinct number found in two wards ambiguous', () => {
    expect(normaliseRow(['Ana', '', '', '', '', 'Ward 12 Precinct 4', '', ''], SHEET, places).precinctId).toBe('p12-4');
    expect(normaliseRow(['Ana', '', '', '', '', '25-4', '', ''], SHEET, places).precinctId).toBe('p25-4');
    expect(normaliseRow(['Ana', '', '', '', '', '4', '', ''], SHEET, places).problems).toEqual(['precinct.ambiguous:5']);
    expect(normaliseRow(['Ana', '', '', '', '', '3', '', ''], SHEET, places).precinctId).toBe('p25-3');
  });

  it('keeps several phones and emails from several columns or one cell', () => {
    const row = normaliseRow(['Ana', '773 555 0111 / +52 55 1234 5678', 'a@example.org; b@example.org', '7735550111'], ['givenName', 'phone', 'email', 'phone'], places);
    expect(row.phones).toEqual(['+17735550111', '+525512345678']);
    expect(row.emails).toEqual(['a@example.org', 'b@example.org']);
  });

  it('imports Action Network opt-outs and tags', () => {
    const mapping: TMapping = ['givenName', 'email', 'smsOptIn', 'emailOptIn', 'tags'];
    const row = normaliseRow(['Lupe', 'lupe@example.org', 'unsubscribed', 'subscribed', 'Bus captain, LSC, Volunteer'], mapping, places);
    expect(row).toMatchObject({ smsOptIn: false, emailOptIn: true, tags: ['Bus captain', 'LSC', 'Volunteer'], problems: [] });
    expect(normaliseRow(['Lupe', 'lupe@example.org', '', 'bouncing', ''], mapping, places).emailOptIn).toBe(false);
  });

  it('reads NationBuilder TRUE/FALSE flags, and refuses a flag it cannot read rather than guess an opt-out', () => {
    const mapping: TMapping = ['givenName', 'doNotCall', 'doNotContact', 'emailOptIn'];
    expect(normaliseRow(['Rosa', 'TRUE', 'FALSE', 'true'], mapping, places)).toMatchObject({ doNotCall: true, doNotContact: false, emailOptIn: true });
    expect(normaliseRow(['Rosa', 'maybe', '', ''], mapping, places).problems).toEqual(['doNotCall.unknown:1']);
    expect(boolean('Sí').ok && boolean('Sí')).toEqual({ ok: true, value: true });
    expect(voter('No registrada')).toEqual({ ok: true, value: 'NO' });
  });

  it('drops a tag that names immigration status, and counts it', () => {
    const row = normaliseRow(['Ana', 'vecina, Undocumented, sin papeles, indocumentada'], ['givenName', 'tags'], places);
    expect(row.tags).toEqual(['vecina']);
    expect(row.droppedTags).toBe(3);
  });

  it('keeps a single "Name" column whole, joins two address lines and several note columns', () => {
    const row = normaliseRow(['María de la Luz Pérez García', '1900 W Cermak', 'Apt 2', 'Met at church', 'Has a car'], ['fullName', 'street', 'street2', 'notes', 'notes'], places);
    expect(row).toMatchObject({ givenName: 'María de la Luz Pérez García', familyName: null, street: '1900 W Cermak, Apt 2', notes: 'Met at church\nHas a car' });
  });

  it('takes languages by name in English or Spanish; a preferred language other than Spanish or English is only spoken', () => {
    expect(normaliseRow(['Ana', 'Español', 'inglés, Portugués'], ['givenName', 'preferredLanguage', 'languages'], places)).toMatchObject({
      preferredLanguage: 'es',
      languages: ['en', 'pt'],
    });
    expect(normaliseRow(['Ana', 'Polish'], ['givenName', 'preferredLanguage'], places)).toMatchObject({ preferredLanguage: null, languages: ['pl'] });
  });

  it('takes back a cell Leaven’s own export made formula-safe', () => {
    expect(normaliseRow(['\'=cmd', '\'+1 note'], ['givenName', 'notes'], places)).toMatchObject({ givenName: '=cmd', notes: '+1 note' });
  });

  it('refuses a value too long for its field', () => {
    expect(normaliseRow(['x'.repeat(101)], ['givenName'], places).problems).toEqual(['givenName.tooLong:0']);
  });
});

describe('mapping checks', () => {
  it('names single-value fields that two columns feed', () => {
    expect(repeatedFields(['givenName', 'email', 'givenName', 'email', null])).toEqual(['givenName']);
  });
});

describe('rows of one file that are the same person', () => {
  it('groups rows sharing an email or a phone, transitively, under the first row', () => {
    const c = new RowClusters();
    c.add(0, ['e:a@x.org']);
    c.add(1, ['p:+17735550101']);
    c.add(2, ['e:b@x.org', 'p:+17735550101']);
    c.add(3, ['e:b@x.org', 'e:a@x.org']);
    c.add(4, ['e:c@x.org']);
    expect([0, 1, 2, 3, 4].map((i) => c.clusterOf(i))).toEqual([0, 0, 0, 0, 4]);
  });
});
