// What DESIGN.md forbids Leaven to keep: immigration status, citizenship, visa, country of birth,
// social security or alien number. One pattern for the schema tests, the import (a column named
// like this is dropped before anything is stored) and tag names. Compared after `normaliseName`,
// so "Immigration Status", immigration_status and "Estatus migratorio" are all caught.
export const FORBIDDEN_FIELD = new RegExp(
  [
    // English
    'immigra',
    'citizen',
    'visa(?!ble|tion)',
    'countryofbirth',
    'birthcountry',
    'placeofbirth',
    'birthplace',
    'nativecountry',
    'countryoforigin',
    'nationality',
    'ssn',
    'socialsecurity',
    '^anumber',
    '^alien',
    'aliennumber',
    'undocumented',
    'legalstatus',
    'greencard',
    'permanentresiden',
    '^daca',
    '^itin$',
    // Spanish, as the sign-in sheets of a Latino ward are written (accents removed first)
    'migratori',
    'migracion',
    'ciudadan',
    'paisdenacimiento',
    'lugardenacimiento',
    'paisdeorigen',
    'nacionalidad',
    'segurosocial',
    '^numeroa$',
    'numerodeextranjero',
    'extranjeria',
    'indocumentad',
    'sinpapeles',
    'sindocumentos',
    'estatuslegal',
    'situacionlegal',
    'residenciapermanente',
    'tarjetaverde',
  ].join('|'),
);

/** Lower case, accents dropped, only letters, digits and dots kept. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]/g, '');
}

/** True if a column header, field name or tag names something Leaven must never keep. */
export function isForbiddenName(name: string): boolean {
  return normaliseName(name)
    .split('.')
    .some((part) => FORBIDDEN_FIELD.test(part));
}
