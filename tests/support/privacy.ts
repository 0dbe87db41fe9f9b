import { isForbiddenName } from '../../lib/vocabulary/privacy';

// The vocabulary lives in lib/vocabulary/privacy.ts, shared with the CSV import, which drops a
// column named like this before anything is stored.

/** The names (each `table.column`, `Model.field` or `Enum.VALUE`) that match a forbidden concept. */
export function forbiddenNames(names: string[]): string[] {
  return names.filter(isForbiddenName);
}

/** Headers a sign-in sheet may carry that name what Leaven never keeps. */
export const FORBIDDEN_HEADERS = [
  // social security, tax and alien numbers
  'SSN', 'S.S.N.', 'S S N', 'ss#', 'SS No.', 'Soc. Sec. #', 'Social Security Number', 'Last 4 of SSN', 'Número de Seguro Social', 'Seguro social',
  'ITIN', 'I.T.I.N.', 'A-Number', 'A#', 'A No.', 'Alien #', 'Alien registration', 'Número A', 'Número de extranjero', 'USCIS #', 'I-94',
  // status
  'Immigration Status', 'immigration_status', 'Immigrant?', 'Inmigrante', 'Migrante', 'Estatus migratorio', 'Situación migratoria', 'Estado migratorio',
  'Undocumented?', 'Indocumentado/a', 'Sin papeles', 'Ilegal', 'Legal status', 'Estatus legal', 'TPS', 'T.P.S.', 'DACA recipient', 'D.A.C.A.',
  'Asylum', 'Asylum seeker', 'Asilo', 'Asilado', 'Refugee', 'Refugiado/a', 'Green card', 'Tarjeta verde', 'LPR', 'Permanent resident', 'Residencia permanente',
  'Work permit', 'Permiso de trabajo', 'EAD', 'Deportation', 'Deportado', 'Orden de deportación', 'Parolee', 'Matrícula consular',
  // citizenship, visa, documents
  'Citizenship', 'Citizen?', 'U.S. citizen', 'Ciudadanía', 'Ciudadano/a', 'Naturalized', 'Naturalización', 'Visa type', 'Visa', 'Tipo de visa', 'Visado',
  'Passport', 'Passport #', 'Pasaporte', 'Número de pasaporte',
  // birth and origin
  'Country of Birth', 'Birth country', 'Place of birth', 'Birthplace', 'Born in', 'Where were you born?', 'Foreign born', 'Country of origin',
  'Nationality', 'National origin', 'País', 'Pais de nacimiento', 'País de origen', 'Lugar de nacimiento', 'Nacido en', 'Nacida en', '¿Dónde nació?',
  'Nacionalidad', 'Originario de', 'Year of arrival', 'Date of entry', 'Fecha de llegada a EE.UU.',
];

export const FORBIDDEN_TAGS = ['tps', 'asilo', 'asylum', 'inmigrante', 'immigrant', 'indocumentado', 'undocumented', 'daca', 'dreamer daca', 'ssn', 's.s.n.', 'itin', 'ciudadano', 'refugiado', 'sin papeles', 'green card', 'visa'];

/** Ordinary headers, some close in spelling, that must go on being imported. */
export const ORDINARY_HEADERS = [
  'First name', 'Last name', 'Nombre', 'Apellido', 'Email', 'Correo', 'Phone', 'Teléfono', 'Address', 'Dirección', 'City', 'Ciudad', 'State', 'Estado',
  'Zip', 'Código postal', 'Country', 'can2_country', 'primary_country', 'Birthday', 'Birth date', 'Date of birth', 'born_at', 'Fecha de nacimiento',
  'Cumpleaños', 'Age', 'Edad', 'Gender', 'Language', 'Idioma', 'Precinct', 'Ward', 'Distrito', 'Notes', 'Tags', 'Employer', 'Occupation', 'Ocupación',
  'Hometown', 'Hometown club', 'Club de oriundos', 'Parish', 'Parroquia', 'Registered voter', 'Votante registrado(a)', 'Voter registration',
  'Estado civil', 'Visitor', 'Visitas', 'Division', 'Passing', 'Paisano', 'Position', 'Status', 'Membership status', 'Arrival time', 'Passcode',
  'Itinerary', 'Session', 'Assistant', 'Class of', 'Escuela', 'LSC', 'Union', 'Sindicato',
];

export const ORDINARY_TAGS = ['volunteer', 'voluntario', 'parish', 'lsc', 'union', 'hometown club', 'oaxaca', 'rally 2027', 'youth', 'precinct captain', 'paisanos', 'visitor'];
