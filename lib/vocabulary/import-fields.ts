// The fields a CSV column can be imported into: only what Leaven keeps (DESIGN.md). There is
// deliberately no field for immigration status, citizenship, visa, country of birth, SSN or
// alien number, so no mapping can ever store one.
export const IMPORT_FIELDS = [
  'givenName',
  'familyName',
  'fullName',
  'preferredName',
  'pronouns',
  'email',
  'phone',
  'phoneType',
  'street',
  'street2',
  'city',
  'postalCode',
  'ward',
  'precinct',
  'preferredLanguage',
  'languages',
  'registeredVoter',
  'ladderStage',
  'tags',
  'notes',
  'emailOptIn',
  'smsOptIn',
  'doNotCall',
  'doNotContact',
  'contactConsent',
] as const;

export type TImportField = (typeof IMPORT_FIELDS)[number];

/** One entry per kept column: the field it goes into, or null for "not imported". */
export type TMapping = (TImportField | null)[];

/** Fields that several columns may feed (each adds to the list); every other field takes one column. */
export const MULTI_FIELDS: ReadonlySet<TImportField> = new Set(['email', 'phone', 'tags', 'notes', 'languages']);

export function isImportField(v: unknown): v is TImportField {
  return typeof v === 'string' && (IMPORT_FIELDS as readonly string[]).includes(v);
}

/** The single-value fields that more than one column is mapped to (a mapping to fix). */
export function repeatedFields(mapping: TMapping): TImportField[] {
  const seen = new Set<TImportField>();
  const repeated = new Set<TImportField>();
  for (const f of mapping) {
    if (!f || MULTI_FIELDS.has(f)) continue;
    if (seen.has(f)) repeated.add(f);
    seen.add(f);
  }
  return [...repeated];
}
