import type pg from 'pg';

// The merge's working tables (temporary, dropped at commit): which person each row goes to,
// and per person the values, emails, phones, tags and languages the file brings.

/** First non-empty value in file order, across every row going to the same person. */
const first = (col: string) => `(array_agg(s.${col} ORDER BY s.line) FILTER (WHERE s.${col} IS NOT NULL))[1] AS ${col}`;

export async function buildTargets(client: pg.PoolClient, importId: string): Promise<void> {
  // Each row the merge takes, with the person it goes to: a group of new rows to the new person
  // the check drew an id for, a matched row to the one person it matched. Read from the staging
  // table once; every working table below is built from this one, without joining back.
  // (unnest() goes in select lists below, not in LATERAL joins: no function scan per row.)
  await client.query(
    `CREATE TEMP TABLE t_row ON COMMIT DROP AS
       SELECT s.*, CASE WHEN s.outcome = 'NEW' THEN s.new_person_id ELSE s.matched[1] END AS person_id, s.outcome = 'NEW' AS is_new
         FROM import_staged s
        WHERE s.import_id = $1 AND s.outcome IN ('NEW', 'MATCH')`,
    [importId],
  );
  await client.query(
    `CREATE TEMP TABLE t_person ON COMMIT DROP AS
       SELECT s.person_id, bool_or(s.is_new) AS is_new,
              ${['given_name', 'family_name', 'preferred_name', 'pronouns', 'preferred_language', 'street', 'city', 'postal_code', 'ward_id', 'ladder_stage', 'registered_voter', 'notes'].map(first).join(', ')},
              (array_agg(s.precinct_id ORDER BY s.line) FILTER (WHERE s.precinct_id IS NOT NULL))[1] AS precinct_id,
              (array_agg(s.ward_id ORDER BY s.line) FILTER (WHERE s.precinct_id IS NOT NULL))[1] AS precinct_ward_id,
              bool_or(s.do_not_contact IS TRUE) AS dnc_yes, bool_or(s.do_not_contact IS FALSE) AS dnc_no,
              -- Consent: an explicit "no" wins; a "yes", or a subscription to email or texts, gives it.
              CASE WHEN bool_or(s.contact_consent IS FALSE) THEN false
                   WHEN bool_or(s.contact_consent IS TRUE OR s.email_opt_in IS TRUE OR s.sms_opt_in IS TRUE) THEN true END AS consent,
              -- What the file gives each person besides their fields, for the audit of new people.
              bool_or(cardinality(s.emails) > 0) AS has_emails, bool_or(cardinality(s.phones) > 0) AS has_phones,
              bool_or(cardinality(s.languages) > 0) AS has_languages,
              bool_or(cardinality(s.tags) > 0) OR (SELECT cardinality(tags) > 0 FROM import WHERE id = $1) AS has_tags
         FROM t_row s
        GROUP BY s.person_id`,
    [importId],
  );
  await client.query(`CREATE UNIQUE INDEX ON t_person (person_id)`);
  await client.query(
    `CREATE TEMP TABLE t_email ON COMMIT DROP AS
       SELECT s.person_id, s.email, min(s.line) AS first_line,
              bool_or(s.email_opt_in IS FALSE) AS opted_out, bool_or(s.email_opt_in IS TRUE) AS opted_in
         FROM (SELECT person_id, line, email_opt_in, unnest(emails) AS email FROM t_row) s
        GROUP BY s.person_id, s.email`,
  );
  await client.query(
    `CREATE TEMP TABLE t_phone ON COMMIT DROP AS
       SELECT s.person_id, s.e164, min(s.line) AS first_line,
              bool_or(s.do_not_call IS TRUE) AS dnc_yes, bool_or(s.do_not_call IS FALSE) AS dnc_no,
              bool_or(s.sms_opt_in IS FALSE) AS sms_out, bool_or(s.sms_opt_in IS TRUE) AS sms_in,
              (array_agg(s.phone_type ORDER BY s.line) FILTER (WHERE s.phone_type IS NOT NULL))[1] AS phone_type
         FROM (SELECT person_id, line, do_not_call, sms_opt_in, phone_type, unnest(phones) AS e164 FROM t_row) s
        GROUP BY s.person_id, s.e164`,
  );
  // The tags chosen for the whole import, and the file's: once per person whatever their case, in
  // the spelling first written (the import's own first, then the file's in file order).
  await client.query(
    `CREATE TEMP TABLE t_tag ON COMMIT DROP AS
       SELECT DISTINCT ON (s.person_id, lower(s.tag)) s.person_id, s.tag, s.line AS first_line
         FROM (SELECT person_id, line, unnest(tags) AS tag FROM t_row
               UNION ALL
               SELECT p.person_id, 0, x.tag FROM t_person p CROSS JOIN (SELECT unnest(tags) AS tag FROM import WHERE id = $1) x) s
        ORDER BY s.person_id, lower(s.tag), s.line`,
    [importId],
  );
  await client.query(
    `CREATE TEMP TABLE t_lang ON COMMIT DROP AS
       SELECT s.person_id, array_agg(DISTINCT s.lang) AS langs
         FROM (SELECT person_id, unnest(languages) AS lang FROM t_row) s
        GROUP BY s.person_id`,
  );
  // Temporary tables have no statistics until analysed; without them the planner loops.
  for (const table of ['t_email', 't_phone', 't_tag']) await client.query(`CREATE INDEX ON ${table} (person_id)`);
  // A small sample is plenty to tell the planner these tables' sizes.
  await client.query('SET LOCAL default_statistics_target = 10');
  await client.query('ANALYZE t_person, t_email, t_phone, t_tag, t_lang');
}
