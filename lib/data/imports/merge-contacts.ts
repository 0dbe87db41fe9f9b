import type pg from 'pg';

// Emails, phones and tags from the file: added where missing, opt-outs applied to the ones a
// person already has (in both modes), opt-ins only when the import overwrites. Every matched
// person whose contacts change is listed in t_changed, so their version moves on and the audit
// names it. New people take their contacts by plain inserts: they have none to check against.

export async function mergeContacts(client: pg.PoolClient, overwrite: boolean): Promise<string[]> {
  await client.query('CREATE TEMP TABLE t_changed (person_id uuid NOT NULL, what text NOT NULL) ON COMMIT DROP');

  // New people: the first email and phone in file order are their primary ones. Inserting in
  // person_id order keeps the indexes' page writes together (ids are random uuids).
  await client.query(
    `INSERT INTO person_email (person_id, email, subscribed, is_primary)
     SELECT t.person_id, t.email, NOT t.opted_out, row_number() OVER (PARTITION BY t.person_id ORDER BY t.first_line, t.email) = 1
       FROM t_email t JOIN t_person p ON p.person_id = t.person_id AND p.is_new
      ORDER BY t.person_id`,
  );
  await client.query(
    `INSERT INTO person_phone (person_id, e164, sms_capable, do_not_call, is_primary)
     SELECT t.person_id, t.e164, NOT t.sms_out, t.dnc_yes, row_number() OVER (PARTITION BY t.person_id ORDER BY t.first_line, t.e164) = 1
       FROM t_phone t JOIN t_person p ON p.person_id = t.person_id AND p.is_new
      ORDER BY t.person_id`,
  );

  // People already in Leaven.
  await client.query(
    `WITH up AS (
       UPDATE person_email e
          SET subscribed = CASE WHEN t.opted_out THEN false WHEN $1 AND t.opted_in THEN true ELSE e.subscribed END
         FROM t_email t
        WHERE e.person_id = t.person_id AND e.email = t.email
          AND e.subscribed <> CASE WHEN t.opted_out THEN false WHEN $1 AND t.opted_in THEN true ELSE e.subscribed END
       RETURNING e.person_id)
     INSERT INTO t_changed SELECT DISTINCT person_id, 'emails' FROM up`,
    [overwrite],
  );
  // A new email is their primary one only if they had none.
  await client.query(
    `WITH ins AS (
       INSERT INTO person_email (person_id, email, subscribed, is_primary)
       SELECT t.person_id, t.email, NOT t.opted_out,
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
          SET do_not_call = CASE WHEN t.dnc_yes THEN true WHEN $1 AND t.dnc_no THEN false ELSE ph.do_not_call END,
              sms_capable = CASE WHEN t.sms_out THEN false WHEN $1 AND t.sms_in THEN true ELSE ph.sms_capable END
         FROM t_phone t
        WHERE ph.person_id = t.person_id AND ph.e164 = t.e164
          AND (ph.do_not_call, ph.sms_capable) IS DISTINCT FROM (
                CASE WHEN t.dnc_yes THEN true WHEN $1 AND t.dnc_no THEN false ELSE ph.do_not_call END,
                CASE WHEN t.sms_out THEN false WHEN $1 AND t.sms_in THEN true ELSE ph.sms_capable END)
       RETURNING ph.person_id)
     INSERT INTO t_changed SELECT DISTINCT person_id, 'phones' FROM up`,
    [overwrite],
  );
  await client.query(
    `WITH ins AS (
       INSERT INTO person_phone (person_id, e164, sms_capable, do_not_call, is_primary)
       SELECT t.person_id, t.e164, NOT t.sms_out, t.dnc_yes,
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
