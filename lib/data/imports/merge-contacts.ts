import type pg from 'pg';

// Emails, phones and tags from the file: added where missing, opt-outs applied to the ones a
// person already has (in both modes), opt-ins to an unknown in both, over a recorded answer only
// when the import overwrites. Every matched
// person whose contacts change is listed in t_changed, so their version moves on and the audit
// names it. New people take their contacts by plain inserts: they have none to check against.

// Consent as the file records it: an opt-out is a no, an opt-in a yes, a blank cell no answer.
// An answer is recorded with when (the merge) and how (an import); unknown has neither.
const EMAIL_STATUS = `CASE WHEN t.opted_out THEN 'UNSUBSCRIBED' WHEN t.opted_in THEN 'SUBSCRIBED' ELSE 'UNKNOWN' END::"EmailStatus"`;
const SMS_CONSENT = `CASE WHEN t.sms_out THEN 'NO' WHEN t.sms_in THEN 'YES' ELSE 'UNKNOWN' END::"Consent"`;
const answered = (value: string, unknown: string) => `CASE WHEN (${value}) <> '${unknown}' THEN now() END`;
const how = (value: string, unknown: string) => `CASE WHEN (${value}) <> '${unknown}' THEN 'IMPORT'::"ConsentSource" END`;
// For someone already here: an opt-out always applies; a yes or a kind of line fills an unknown,
// and replaces a known answer only when the import overwrites ($1).
const EMAIL_UPDATE = `CASE WHEN t.opted_out THEN 'UNSUBSCRIBED' WHEN t.opted_in AND ($1 OR e.status = 'UNKNOWN') THEN 'SUBSCRIBED' ELSE e.status END::"EmailStatus"`;
const SMS_UPDATE = `CASE WHEN t.sms_out THEN 'NO' WHEN t.sms_in AND ($1 OR ph.sms_consent = 'UNKNOWN') THEN 'YES' ELSE ph.sms_consent END::"Consent"`;
const TYPE_UPDATE = `CASE WHEN t.phone_type IS NOT NULL AND ($1 OR ph.phone_type = 'UNKNOWN') THEN t.phone_type ELSE ph.phone_type END`;
const DNC_UPDATE = `CASE WHEN t.dnc_yes THEN true WHEN $1 AND t.dnc_no THEN false ELSE ph.do_not_call END`;

export async function mergeContacts(client: pg.PoolClient, overwrite: boolean): Promise<string[]> {
  await client.query('CREATE TEMP TABLE t_changed (person_id uuid NOT NULL, what text NOT NULL) ON COMMIT DROP');

  // New people: the first email and phone in file order are their primary ones. Inserting in
  // person_id order keeps the indexes' page writes together (ids are random uuids).
  await client.query(
    `INSERT INTO person_email (person_id, email, status, status_at, status_how, is_primary)
     SELECT t.person_id, t.email, ${EMAIL_STATUS}, ${answered(EMAIL_STATUS, 'UNKNOWN')}, ${how(EMAIL_STATUS, 'UNKNOWN')},
            row_number() OVER (PARTITION BY t.person_id ORDER BY t.first_line, t.email) = 1
       FROM t_email t JOIN t_person p ON p.person_id = t.person_id AND p.is_new
      ORDER BY t.person_id`,
  );
  await client.query(
    `INSERT INTO person_phone (person_id, e164, phone_type, sms_consent, sms_consent_at, sms_consent_how, do_not_call, is_primary)
     SELECT t.person_id, t.e164, COALESCE(t.phone_type, 'UNKNOWN'), ${SMS_CONSENT}, ${answered(SMS_CONSENT, 'UNKNOWN')}, ${how(SMS_CONSENT, 'UNKNOWN')}, t.dnc_yes,
            row_number() OVER (PARTITION BY t.person_id ORDER BY t.first_line, t.e164) = 1
       FROM t_phone t JOIN t_person p ON p.person_id = t.person_id AND p.is_new
      ORDER BY t.person_id`,
  );

  // People already in Leaven. An answer that changes is recorded anew; one that stays keeps its when and how.
  await client.query(
    `WITH up AS (
       UPDATE person_email e
          SET status = ${EMAIL_UPDATE}, status_at = now(), status_how = 'IMPORT'
         FROM t_email t
        WHERE e.person_id = t.person_id AND e.email = t.email AND e.status <> ${EMAIL_UPDATE}
       RETURNING e.person_id)
     INSERT INTO t_changed SELECT DISTINCT person_id, 'emails' FROM up`,
    [overwrite],
  );
  // A new email is their primary one only if they had none.
  await client.query(
    `WITH ins AS (
       INSERT INTO person_email (person_id, email, status, status_at, status_how, is_primary)
       SELECT t.person_id, t.email, ${EMAIL_STATUS}, ${answered(EMAIL_STATUS, 'UNKNOWN')}, ${how(EMAIL_STATUS, 'UNKNOWN')},
              row_number() OVER (PARTITION BY t.person_id ORDER BY t.first_line, t.email) = 1
                AND NOT EXISTS (SELECT 1 FROM person_email x WHERE x.person_id = t.person_id)
         FROM t_email t JOIN t_person p ON p.person_id = t.person_id AND NOT p.is_new
        WHERE NOT EXISTS (SELECT 1 FROM person_email e WHERE e.person_id = t.person_id AND e.email = t.email)
       RETURNING person_id)
     INSERT INTO t_changed SELECT DISTINCT person_id, 'emails' FROM ins`,
  );
  await client.query(
    `WITH up AS (
       UPDATE person_phone ph
          SET do_not_call = ${DNC_UPDATE}, phone_type = ${TYPE_UPDATE}, sms_consent = ${SMS_UPDATE},
              sms_consent_at = CASE WHEN ph.sms_consent = ${SMS_UPDATE} THEN ph.sms_consent_at ELSE now() END,
              sms_consent_how = CASE WHEN ph.sms_consent = ${SMS_UPDATE} THEN ph.sms_consent_how ELSE 'IMPORT' END
         FROM t_phone t
        WHERE ph.person_id = t.person_id AND ph.e164 = t.e164
          AND (ph.do_not_call, ph.phone_type, ph.sms_consent) IS DISTINCT FROM (${DNC_UPDATE}, ${TYPE_UPDATE}, ${SMS_UPDATE})
       RETURNING ph.person_id)
     INSERT INTO t_changed SELECT DISTINCT person_id, 'phones' FROM up`,
    [overwrite],
  );
  await client.query(
    `WITH ins AS (
       INSERT INTO person_phone (person_id, e164, phone_type, sms_consent, sms_consent_at, sms_consent_how, do_not_call, is_primary)
       SELECT t.person_id, t.e164, COALESCE(t.phone_type, 'UNKNOWN'), ${SMS_CONSENT}, ${answered(SMS_CONSENT, 'UNKNOWN')}, ${how(SMS_CONSENT, 'UNKNOWN')}, t.dnc_yes,
              row_number() OVER (PARTITION BY t.person_id ORDER BY t.first_line, t.e164) = 1
                AND NOT EXISTS (SELECT 1 FROM person_phone x WHERE x.person_id = t.person_id)
         FROM t_phone t JOIN t_person p ON p.person_id = t.person_id AND NOT p.is_new
        WHERE NOT EXISTS (SELECT 1 FROM person_phone ph WHERE ph.person_id = t.person_id AND ph.e164 = t.e164)
       RETURNING person_id)
     INSERT INTO t_changed SELECT DISTINCT person_id, 'phones' FROM ins`,
  );

  // Tags: new names join the vocabulary as first written in the file; a name Leaven has in any case
  // is that tag (lib/data/people/tags.ts). New people take theirs by plain insert.
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO tag (name) SELECT DISTINCT ON (lower(tag)) tag FROM t_tag ORDER BY lower(tag), first_line ON CONFLICT DO NOTHING RETURNING id`,
  );
  await client.query(
    `INSERT INTO person_tag (person_id, tag_id)
     SELECT t.person_id, g.id FROM t_tag t JOIN t_person p ON p.person_id = t.person_id AND p.is_new JOIN tag g ON lower(g.name) = lower(t.tag)
      ORDER BY t.person_id`,
  );
  await client.query(
    `WITH ins AS (
       INSERT INTO person_tag (person_id, tag_id)
       SELECT t.person_id, g.id FROM t_tag t JOIN t_person p ON p.person_id = t.person_id AND NOT p.is_new JOIN tag g ON lower(g.name) = lower(t.tag)
       ON CONFLICT DO NOTHING RETURNING person_id)
     INSERT INTO t_changed SELECT DISTINCT person_id, 'tags' FROM ins`,
  );
  return rows.map((r) => r.id);
}
