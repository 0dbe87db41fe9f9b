import { MULTI_FIELDS, type TImportField, type TMapping } from '@/lib/vocabulary/import-fields';
import { isForbiddenName, normaliseName } from '@/lib/vocabulary/privacy';

// Guessing which Leaven field each column of a file holds, from its header: English and Spanish
// sign-in sheets, an Action Network activist export and a NationBuilder people export.

const key = (header: string) => normaliseName(header).replace(/\./g, '');

// Exact header names (normalised: lower case, no accents, no spaces or punctuation).
const EXACT: Record<string, TImportField> = {};
const alias = (field: TImportField, ...names: string[]) => names.forEach((n) => (EXACT[n] = field));
alias('givenName', 'firstname', 'first', 'fname', 'givenname', 'nombre', 'nombres', 'primernombre', 'nombrepila');
alias('familyName', 'lastname', 'last', 'lname', 'surname', 'familyname', 'apellido', 'apellidos');
alias('fullName', 'name', 'fullname', 'nombrecompleto', 'nombreyapellido', 'nombreyapellidos', 'nombreapellido');
alias('preferredName', 'nickname', 'preferredname', 'goesby', 'apodo', 'nombrepreferido', 'sobrenombre');
alias('pronouns', 'pronouns', 'pronombres');
alias('email', 'email', 'emailaddress', 'mail', 'correo', 'correoelectronico', 'email1', 'email2', 'email3', 'primaryemail', 'emailprincipal');
alias(
  'phone',
  'phone', 'phonenumber', 'telephone', 'tel', 'telefono', 'numerodetelefono', 'celular', 'cel', 'movil', 'cellphone', 'cell',
  'mobile', 'mobilenumber', 'mobilephone', 'homephone', 'workphonenumber', 'whatsapp', 'telefonocelular', 'can2phone', 'can2mobilephone',
);
alias('phoneType', 'phonetype', 'linetype', 'numbertype', 'phonenumbertype', 'tipodetelefono', 'tipodelinea', 'tipotelefono');
alias('street', 'address', 'address1', 'addressline1', 'street', 'streetaddress', 'direccion', 'domicilio', 'calle', 'primaryaddress1', 'can2useraddress');
alias('street2', 'address2', 'addressline2', 'primaryaddress2', 'apt', 'apartment', 'unit', 'apartamento', 'depto', 'departamento');
alias('city', 'city', 'town', 'ciudad', 'municipio', 'primarycity', 'can2usercity');
alias('postalCode', 'zip', 'zipcode', 'postalcode', 'postcode', 'codigopostal', 'cp', 'primaryzip');
alias('ward', 'ward', 'wardnumber', 'distrito', 'numerodedistrito', 'barrio');
alias('precinct', 'precinct', 'precinctcode', 'precinctnumber', 'precinto', 'numerodeprecinto');
alias('preferredLanguage', 'language', 'preferredlanguage', 'idioma', 'idiomapreferido', 'lengua');
alias('languages', 'languages', 'languagesspoken', 'idiomas', 'idiomasquehabla', 'lenguas');
alias('registeredVoter', 'registeredvoter', 'voter', 'isvoter', 'registered', 'votante', 'votanteregistrado', 'votanteregistradoa', 'registradoparavotar', 'registradaparavotar');
alias('ladderStage', 'ladderstage', 'stage', 'etapa', 'nivel');
alias('tags', 'tags', 'tag', 'taglist', 'labels', 'etiquetas', 'etiqueta', 'can2usertags');
alias('notes', 'notes', 'note', 'comments', 'comment', 'notas', 'nota', 'comentarios', 'observaciones');
alias('emailOptIn', 'emailoptin', 'subscribed', 'subscriptionstatus', 'can2subscriptionstatus', 'suscrito', 'suscrita', 'recibecorreos');
alias('smsOptIn', 'smsoptin', 'mobileoptin', 'textoptin', 'smsstatus', 'can2smsstatus', 'recibemensajes', 'aceptamensajes');
alias('doNotCall', 'donotcall', 'dnc', 'nollamar', 'federaldonotcall');
alias('doNotContact', 'donotcontact', 'nocontactar');
alias('contactConsent', 'consent', 'contactconsent', 'consentimiento', 'optin', 'permiso');

// Looser rules for headers no alias names, most specific first.
const CONTAINS: [RegExp, TImportField][] = [
  [/(sms|mobile|text|mensaje).*(optin|status|subscri)|(optin|subscri).*(sms|mobile|text)/, 'smsOptIn'],
  [/optin|subscri|suscri/, 'emailOptIn'],
  [/donotcall|nollamar/, 'doNotCall'],
  [/donotcontact|nocontactar/, 'doNotContact'],
  [/email|correo/, 'email'],
  [/phone|telefono|celular|movil|mobile/, 'phone'],
  [/zip|postal/, 'postalCode'],
  [/precinct|precinto/, 'precinct'],
  [/(address|direccion).*2$/, 'street2'],
  [/address|direccion/, 'street'],
  [/city|ciudad/, 'city'],
  [/tag|etiqueta/, 'tags'],
  [/note|nota|comment|comentario/, 'notes'],
  [/lastname|apellido/, 'familyName'],
  [/firstname|^nombre(?!completo)/, 'givenName'],
];

export type TSourceTool = 'actionNetwork' | 'nationBuilder' | null;

export type THeaderPlan = {
  /** Indexes (into the file's columns) of the columns kept, in order. */
  kept: number[];
  /** Headers of the columns dropped before anything is stored, because of what they hold. */
  skipped: string[];
  /** One guess per kept column. */
  mapping: TMapping;
  source: TSourceTool;
};

export function detectSource(headers: string[]): TSourceTool {
  const keys = headers.map(key);
  if (keys.includes('nationbuilderid')) return 'nationBuilder';
  if (keys.some((k) => k.startsWith('can2'))) return 'actionNetwork';
  return null;
}

/** Which columns to keep and what each holds: exact names first, then looser ones for fields still free. */
export function planColumns(headers: string[]): THeaderPlan {
  const kept: number[] = [];
  const skipped: string[] = [];
  headers.forEach((h, i) => (isForbiddenName(h) ? skipped.push(h) : kept.push(i)));

  const taken = new Set<TImportField>();
  const claim = (f: TImportField | undefined): TImportField | null => {
    if (!f) return null;
    if (!MULTI_FIELDS.has(f) && taken.has(f)) return null;
    taken.add(f);
    return f;
  };
  const keys = kept.map((i) => key(headers[i] ?? ''));
  const mapping: TMapping = keys.map((k) => claim(EXACT[k]));
  keys.forEach((k, i) => {
    if (mapping[i] || !k) return;
    mapping[i] = claim(CONTAINS.find(([re]) => re.test(k))?.[1]);
  });
  return { kept, skipped, mapping, source: detectSource(headers) };
}
