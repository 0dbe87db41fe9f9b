// The merge's rules for a person already in Leaven, one SQL expression per column. `@overwrite` is true
// for "overwrite" and false for "fill only empty fields". In both modes an opt-out (do not
// contact, no consent) always applies, and languages only ever add up.

type TColumn = { column: string; field: string; update: string; create: string };

const text = (column: string, field: string): TColumn => ({
  column,
  field,
  update: `CASE WHEN @overwrite THEN COALESCE(t.${column}, p.${column}) ELSE COALESCE(p.${column}, t.${column}) END`,
  create: `t.${column}`,
});

export const PERSON_COLUMNS: TColumn[] = [
  text('given_name', 'givenName'),
  text('family_name', 'familyName'),
  text('preferred_name', 'preferredName'),
  text('pronouns', 'pronouns'),
  {
    column: 'preferred_language',
    field: 'preferredLanguage',
    update: `CASE WHEN @overwrite THEN COALESCE(t.preferred_language, p.preferred_language) ELSE p.preferred_language END`,
    // The column's default, for a new person the file says nothing about.
    create: `COALESCE(t.preferred_language, 'es')`,
  },
  {
    column: 'languages',
    field: 'languages',
    update: `p.languages || ARRAY(SELECT x FROM unnest(COALESCE(l.langs, '{}')) x WHERE x <> ALL (p.languages) ORDER BY x)`,
    create: `COALESCE(l.langs, '{}')`,
  },
  text('street', 'street'),
  text('city', 'city'),
  text('postal_code', 'postalCode'),
  {
    column: 'precinct_id',
    field: 'precinctId',
    update: `CASE WHEN t.precinct_id IS NOT NULL AND (@overwrite OR p.precinct_id IS NULL) THEN t.precinct_id ELSE p.precinct_id END`,
    create: `t.precinct_id`,
  },
  {
    // Follows the precinct; a ward column alone applies only to someone without a precinct.
    column: 'ward_id',
    field: 'wardId',
    update: `CASE WHEN t.precinct_id IS NOT NULL AND (@overwrite OR p.precinct_id IS NULL) THEN t.precinct_ward_id
                  WHEN t.precinct_id IS NULL AND t.ward_id IS NOT NULL AND p.precinct_id IS NULL AND (@overwrite OR p.ward_id IS NULL) THEN t.ward_id
                  ELSE p.ward_id END`,
    create: `COALESCE(t.precinct_ward_id, t.ward_id)`,
  },
  {
    column: 'ladder_stage',
    field: 'ladderStage',
    update: `CASE WHEN t.ladder_stage IS NOT NULL AND (@overwrite OR p.ladder_stage = 'CONTACT') THEN t.ladder_stage ELSE p.ladder_stage END`,
    create: `COALESCE(t.ladder_stage, 'CONTACT')`,
  },
  {
    column: 'registered_voter',
    field: 'registeredVoter',
    update: `CASE WHEN t.registered_voter IS NOT NULL AND (@overwrite OR p.registered_voter = 'UNKNOWN') THEN t.registered_voter ELSE p.registered_voter END`,
    create: `COALESCE(t.registered_voter, 'UNKNOWN')`,
  },
  // Where someone first came from is history: an import never rewrites it.
  { column: 'source', field: 'source', update: `COALESCE(p.source, @source)`, create: `@source` },
  text('notes', 'notes'),
  { column: 'contact_consent', field: 'contactConsent', update: `COALESCE(t.consent, p.contact_consent)`, create: `COALESCE(t.consent, false)` },
  {
    column: 'do_not_contact',
    field: 'doNotContact',
    update: `CASE WHEN t.dnc_yes THEN true WHEN @overwrite AND t.dnc_no THEN false ELSE p.do_not_contact END`,
    create: `t.dnc_yes`,
  },
];

const cols = PERSON_COLUMNS.map((c) => c.column);

/** New people, added by the user who imports. */
export const INSERT_PEOPLE = `
  INSERT INTO person (id, ${cols.join(', ')}, added_by_user_id)
  SELECT t.person_id, ${PERSON_COLUMNS.map((c) => c.create).join(', ')}, @actor
    FROM t_person t LEFT JOIN t_lang l ON l.person_id = t.person_id
   WHERE t.is_new
   ORDER BY t.person_id`;

/** The new values of each matched person, and the names of the fields that change (for the audit). */
export const COMPUTE_UPDATES = `
  CREATE TEMP TABLE t_update ON COMMIT DROP AS
  SELECT p.id, ${PERSON_COLUMNS.map((c) => `${c.update} AS ${c.column}`).join(',\n')},
         array_remove(ARRAY[${PERSON_COLUMNS.filter((c) => c.field !== 'wardId')
           .map((c) => `CASE WHEN p.${c.column} IS DISTINCT FROM (${c.update}) THEN '${c.field}' END`)
           .join(', ')}]::text[], NULL)
           || COALESCE(c.whats, '{}') AS fields
    FROM person p JOIN t_person t ON t.person_id = p.id AND NOT t.is_new
    LEFT JOIN t_lang l ON l.person_id = p.id
    LEFT JOIN (SELECT person_id, array_agg(DISTINCT what ORDER BY what) AS whats FROM t_changed GROUP BY person_id) c ON c.person_id = p.id`;

export const APPLY_UPDATES = `
  WITH up AS (
    UPDATE person p SET ${cols.map((c) => `${c} = u.${c}`).join(', ')}, version = p.version + 1, updated_at = now()
      FROM t_update u
     WHERE p.id = u.id AND (cardinality(u.fields) > 0 OR (${cols.map((c) => `p.${c}`).join(', ')}) IS DISTINCT FROM (${cols.map((c) => `u.${c}`).join(', ')}))
    RETURNING p.id)
  INSERT INTO t_updated SELECT id FROM up`;

/** The audit of each new person: the fields the file gave them (names only, never values). */
export const AUDIT_CREATED = `
  INSERT INTO audit_event (actor_user_id, action, entity_type, entity_id, changed_fields)
  SELECT @actor, 'CREATE', 'person', t.person_id::text,
         array_remove(ARRAY[${PERSON_COLUMNS.filter((c) => !['wardId', 'preferredLanguage', 'ladderStage', 'registeredVoter', 'contactConsent', 'doNotContact', 'languages', 'source'].includes(c.field))
           .map((c) => `CASE WHEN t.${c.column} IS NOT NULL THEN '${c.field}' END`)
           .join(', ')},
           CASE WHEN t.preferred_language IS NOT NULL THEN 'preferredLanguage' END,
           CASE WHEN t.ladder_stage IS NOT NULL THEN 'ladderStage' END,
           CASE WHEN t.registered_voter IS NOT NULL THEN 'registeredVoter' END,
           CASE WHEN t.consent THEN 'contactConsent' END,
           CASE WHEN t.dnc_yes THEN 'doNotContact' END,
           CASE WHEN t.has_languages THEN 'languages' END,
           CASE WHEN @source::text IS NOT NULL THEN 'source' END,
           CASE WHEN t.has_emails THEN 'emails' END,
           CASE WHEN t.has_phones THEN 'phones' END,
           CASE WHEN t.has_tags THEN 'tags' END]::text[], NULL)
    FROM t_person t
   WHERE t.is_new
   ORDER BY t.person_id`;
