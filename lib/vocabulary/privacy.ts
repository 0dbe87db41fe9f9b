// What DESIGN.md forbids Leaven to keep: immigration status, citizenship, visa, country of birth,
// social security or alien number. One vocabulary, in English and Spanish, for the schema tests,
// the import (a column named like this is dropped before anything is stored) and tag names.
// tests/unit/privacy-vocabulary.test.ts lists what it must catch and what it must let through.
//
// A name is read two ways. As words: accents dropped, camelCase and punctuation split, `#` read
// as "number", and a run of single letters joined ("S.S.N.", "T P S" are ssn, tps), so that short
// abbreviations match only as whole words (ITIN, not itinerary). And squashed into one string of
// letters and digits, for the long phrases however they are spaced ("Country of Birth",
// country_of_birth, countryOfBirth).

/** Whole words and phrases, matched against the words joined by single spaces. */
const WORDS = new RegExp(
  `\\b(${[
    // numbers: social security, tax, alien, USCIS
    'ssn', 'ss (number|no|num|nro)', 'soc sec', 'itin', 'a (number|no|num|nro|numero)', 'numero a', 'aliens?', 'uscis', 'i ?94',
    // status
    'tps', 'daca', 'lpr', 'ead', 'asilo', 'asylee', 'ilegal', 'illegal', 'inmigrante', 'migrante',
    // visa, country
    'visas?', 'pais', 'born in',
  ].join('|')})\\b`,
);

/** Stems found anywhere in the squashed name: long enough to mean one thing only. */
const STEMS = new RegExp(
  [
    // English
    'immigra', 'migrant', 'citizen', 'naturaliz', 'visatype', 'visastatus', 'countryofbirth', 'birthcountry', 'placeofbirth',
    'birthplace', 'wherewereyouborn', 'foreignborn', 'nativecountry', 'countryoforigin', 'nationalorigin', 'nationality',
    'socialsecurity', 'aliennumber', 'alienregistration', 'undocumented', 'legalstatus', 'greencard', 'permanentresiden',
    'workpermit', 'employmentauthorization', 'asylum', 'refugee', 'deportation', 'deported', 'deportee', 'parolee',
    'humanitarianparole', 'passport', 'yearofarrival', 'yearofentry', 'dateofentry', 'entrydate',
    // Spanish, as the sign-in sheets of a Latino ward are written (accents dropped first)
    'inmigra', 'migratori', 'migracion', 'ciudadan', 'naturalizacion', 'tipodevisa', 'visado', 'paisdenacimiento',
    'lugardenacimiento', 'paisdeorigen', 'lugardeorigen', 'nacidoen', 'nacidaen', 'nacioen', 'dondenacio', 'originariode',
    'originariade', 'nacionalidad', 'segurosocial', 'numerodeextranjero', 'extranjeria', 'indocumentad', 'sinpapeles',
    'sindocumentos', 'estatuslegal', 'situacionlegal', 'residenciapermanente', 'residentepermanente', 'tarjetaverde',
    'permisodetrabajo', 'asilad', 'refugiad', 'deportad', 'deportacion', 'pasaporte', 'matriculaconsular', 'fechadellegada',
    'fechadeentrada',
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

/** The name as words: "Soc. Sec. #" → "soc sec number", "S.S.N." → "ssn", "visaType" → "visa type". */
function wordsOf(name: string): string[] {
  const raw = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/#/g, ' number ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const words: string[] = [];
  let joining = false;
  for (const w of raw) {
    const letter = /^[a-z]$/.test(w);
    if (letter && joining) words[words.length - 1] += w;
    else words.push(w);
    joining = letter;
  }
  return words;
}

/** True if a column header, field name or tag names something Leaven must never keep. */
export function isForbiddenName(name: string): boolean {
  const words = wordsOf(name);
  return WORDS.test(words.join(' ')) || STEMS.test(words.join(''));
}
