import type pg from 'pg';
import type { TActor } from '../../lib/access/actor';

// The profile's baseline: everything getPersonProfile returns to leadership or a coordinator, as
// one hand-written statement sent through node-postgres (one round trip; the app makes five, four
// of them side by side). Every list is a JSON aggregate; no row at all means NotFound.
//
// The interactions about a person need no scope check of their own here: each one names the
// person, who has passed the scope check already, and a coordinator sees any interaction about
// someone they may see.

const MAX_DEPTH = 100;
const LIMITS = { timeline: 20, openFollowUps: 20, downline: 300, network: 200 };

/** Who may be seen, as SQL text; `$1` is the profile's id and the actor's parameters follow it. */
function scopes(actor: TActor) {
  if (actor.role === 'ADMIN') {
    return { values: [] as unknown[], person: (a: string) => `${a}.deleted_at IS NULL`, circle: (c: string) => `${c}.deleted_at IS NULL`, org: (o: string) => `${o}.deleted_at IS NULL` };
  }
  if (actor.role !== 'COORDINATOR') throw new Error('the bench measures leadership and coordinators');
  const { circleIds, organizationIds, precinctIds } = actor.scope;
  const values: unknown[] = [actor.userId];
  const add = (v: unknown) => `$${values.push(v) + 1}`;
  const ways = (a: string) => [
    `${a}.added_by_user_id = $2`,
    `EXISTS (SELECT 1 FROM interaction_person s_ip JOIN interaction s_i ON s_i.id = s_ip.interaction_id WHERE s_ip.person_id = ${a}.id AND s_i.logged_by_id = $2)`,
  ];
  const more: ((a: string) => string)[] = [];
  const cs = circleIds.length ? add(circleIds) : null;
  const os = organizationIds.length ? add(organizationIds) : null;
  if (cs) more.push((a) => `EXISTS (SELECT 1 FROM circle_membership s_m WHERE s_m.person_id = ${a}.id AND s_m.circle_id = ANY(${cs}::uuid[]))`);
  if (os) more.push((a) => `EXISTS (SELECT 1 FROM affiliation s_a WHERE s_a.person_id = ${a}.id AND s_a.organization_id = ANY(${os}::uuid[]))`);
  if (precinctIds.length) {
    const ps = add(precinctIds);
    more.push((a) => `${a}.precinct_id = ANY(${ps}::uuid[])`);
  }
  return {
    values,
    person: (a: string) => `(${a}.deleted_at IS NULL AND (${[...ways(a), ...more.map((w) => w(a))].join(' OR ')}))`,
    circle: (c: string) => (cs ? `(${c}.deleted_at IS NULL AND ${c}.id = ANY(${cs}::uuid[]))` : 'FALSE'),
    org: (o: string) => (os ? `(${o}.deleted_at IS NULL AND ${o}.id = ANY(${os}::uuid[]))` : 'FALSE'),
  };
}

const ref = (a: string, id = `${a}.id`) =>
  `json_build_object('id', ${id}, 'givenName', ${a}.given_name, 'familyName', ${a}.family_name, 'preferredName', ${a}.preferred_name)`;
const byName = (a: string, id = `${a}.id`) => `COALESCE(${a}.preferred_name, ${a}.given_name, ''), COALESCE(${a}.family_name, ''), ${id}`;
const list = (agg: string, from: string) => `COALESCE((SELECT json_agg(${agg}) FROM ${from}), '[]')`;
const plus = (json: string, more: string) => `${json}::jsonb || jsonb_build_object(${more})`;

export function handProfileSql(actor: TActor, id: string): { text: string; values: unknown[] } {
  const s = scopes(actor);
  const item = `json_build_object('id', i.id, 'occurredAt', i.occurred_at, 'kind', i.kind, 'summary', i.summary, 'notes', i.notes,
    'followUpOn', i.follow_up_on, 'followUpDone', i.follow_up_done,
    'loggedBy', (SELECT json_build_object('isViewer', false, 'email', u.email, 'person', CASE WHEN lp.id IS NULL THEN NULL ELSE ${ref('lp')} END)
                   FROM app_user u LEFT JOIN person lp ON lp.id = u.person_id AND lp.deleted_at IS NULL WHERE u.id = i.logged_by_id),
    'organization', (SELECT json_build_object('id', o.id, 'name', o.name) FROM organization o WHERE o.id = i.organization_id AND ${s.org('o')}),
    'circle', (SELECT json_build_object('id', c.id, 'name', c.name) FROM circle c WHERE c.id = i.circle_id AND ${s.circle('c')}),
    'people', ${list(`${plus(ref('q'), `'doNotContact', q.do_not_contact`)} ORDER BY ${byName('q')}`, `interaction_person iq JOIN person q ON q.id = iq.person_id WHERE iq.interaction_id = i.id AND q.id <> $1 AND ${s.person('q')}`)},
    'involved', (SELECT count(*)::int FROM interaction_person iq WHERE iq.interaction_id = i.id AND iq.person_id <> $1))`;
  const walk = (a: string) => `${a}.id, ${a}.recruited_by_id, ${a}.given_name, ${a}.family_name, ${a}.preferred_name, ${a}.ladder_stage`;
  const text = `WITH RECURSIVE
    me AS (SELECT p.* FROM person p WHERE p.id = $1::uuid AND ${s.person('p')}),
    rel AS (SELECT r.id, r.kind, r.strength, r.note, o.id AS oid, o.given_name, o.family_name, o.preferred_name, o.ladder_stage
              FROM (SELECT id, person_b_id AS other, kind, strength, note FROM relationship WHERE person_a_id = $1
                    UNION ALL SELECT id, person_a_id, kind, strength, note FROM relationship WHERE person_b_id = $1 AND person_a_id <> $1) r
              JOIN person o ON o.id = r.other WHERE ${s.person('o')}),
    p1 AS (SELECT oid AS id, given_name, family_name, preferred_name, strength, kind FROM rel WHERE oid <> $1),
    c1 AS (SELECT c.id, c.name, c.kind, m.role, m.since FROM circle_membership m JOIN circle c ON c.id = m.circle_id WHERE m.person_id = $1 AND ${s.circle('c')}),
    e AS (SELECT p1.id AS via, r.person_b_id AS pid, r.strength FROM p1 JOIN relationship r ON r.person_a_id = p1.id
          UNION ALL SELECT p1.id, r.person_a_id, r.strength FROM p1 JOIN relationship r ON r.person_b_id = p1.id),
    p2 AS (SELECT p.id, p.given_name, p.family_name, p.preferred_name, count(*) AS ties, max(e.strength) AS best,
                  json_agg(json_build_object('id', e.via, 'strength', e.strength) ORDER BY e.strength DESC, e.via) AS via
             FROM e JOIN person p ON p.id = e.pid WHERE e.pid <> $1 AND e.pid NOT IN (SELECT id FROM p1) AND ${s.person('p')} GROUP BY p.id),
    m1 AS (SELECT m.person_id, c.id, c.name, c.kind FROM p1 JOIN circle_membership m ON m.person_id = p1.id JOIN circle c ON c.id = m.circle_id WHERE ${s.circle('c')}),
    c2 AS (SELECT id, name, kind, count(*) AS ties, json_agg(person_id ORDER BY person_id) AS via FROM m1 WHERE id NOT IN (SELECT id FROM c1) GROUP BY id, name, kind),
    up(id, recruited_by_id, given_name, family_name, preferred_name, ladder_stage, depth, path) AS (
      SELECT ${walk('r')}, 1, ARRAY[me.id, r.id] FROM me JOIN person r ON r.id = me.recruited_by_id WHERE r.id <> me.id AND ${s.person('r')}
      UNION ALL
      SELECT ${walk('r')}, up.depth + 1, up.path || r.id FROM up JOIN person r ON r.id = up.recruited_by_id
       WHERE NOT r.id = ANY(up.path) AND up.depth < ${MAX_DEPTH} AND ${s.person('r')}),
    down(id, recruited_by_id, given_name, family_name, preferred_name, ladder_stage, depth, path) AS (
      SELECT ${walk('p')}, 1, ARRAY[$1::uuid, p.id] FROM person p WHERE p.recruited_by_id = $1 AND p.id <> $1 AND ${s.person('p')}
      UNION ALL
      SELECT ${walk('p')}, d.depth + 1, d.path || p.id FROM down d JOIN person p ON p.recruited_by_id = d.id
       WHERE NOT p.id = ANY(d.path) AND d.depth < ${MAX_DEPTH} AND ${s.person('p')}),
    about AS (SELECT i.* FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id WHERE ip.person_id = $1)
    SELECT me.id, me.given_name, me.family_name, me.preferred_name, me.pronouns, me.preferred_language, me.languages, me.street, me.city,
      me.postal_code, me.ladder_stage, me.member_since, me.source, me.registered_voter, me.notes, me.contact_consent, me.do_not_contact,
      me.version, me.updated_at,
      (SELECT json_build_object('number', pr.number, 'ward', json_build_object('number', w.number)) FROM precinct pr JOIN ward w ON w.id = pr.ward_id WHERE pr.id = me.precinct_id) AS precinct,
      ${list(`json_build_object('email', e.email, 'status', e.status, 'statusAt', e.status_at, 'statusHow', e.status_how, 'isPrimary', e.is_primary) ORDER BY e.is_primary DESC, e.email`, 'person_email e WHERE e.person_id = me.id')} AS emails,
      ${list(`json_build_object('e164', ph.e164, 'type', ph.phone_type, 'smsConsent', ph.sms_consent, 'smsConsentAt', ph.sms_consent_at, 'smsConsentHow', ph.sms_consent_how, 'doNotCall', ph.do_not_call, 'isPrimary', ph.is_primary) ORDER BY ph.is_primary DESC, ph.e164`, 'person_phone ph WHERE ph.person_id = me.id')} AS phones,
      ${list(`json_build_object('tag', json_build_object('name', t.name)) ORDER BY t.name`, 'person_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.person_id = me.id')} AS tags,
      (SELECT ${ref('rb')} FROM person rb WHERE rb.id = me.recruited_by_id AND ${s.person('rb')}) AS recruited_by,
      ${list(`json_build_object('id', lc.id, 'fromStage', lc.from_stage, 'toStage', lc.to_stage, 'changedAt', lc.changed_at,
               'credited', (SELECT ${ref('cr')} FROM person cr WHERE cr.id = lc.credited_id AND ${s.person('cr')})) ORDER BY lc.changed_at DESC, lc.id`,
             'ladder_change lc WHERE lc.person_id = me.id')} AS ladder,
      ${list(`json_build_object('id', id, 'name', name, 'kind', kind, 'role', role, 'since', since) ORDER BY name, id`, 'c1')} AS circles,
      ${list(`json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'role', a.role, 'isPointPerson', a.is_point_person) ORDER BY a.is_point_person DESC, o.name, o.id`,
             `affiliation a JOIN organization o ON o.id = a.organization_id WHERE a.person_id = me.id AND ${s.org('o')}`)} AS organizations,
      ${list(`json_build_object('id', rel.id, 'kind', rel.kind, 'strength', rel.strength, 'note', rel.note,
               'other', ${plus(ref('rel', 'rel.oid'), `'ladderStage', rel.ladder_stage`)}) ORDER BY rel.strength DESC, ${byName('rel', 'rel.oid')}`, 'rel')} AS relationships,
      ${list(`${plus(ref('up'), `'ladderStage', up.ladder_stage, 'depth', up.depth`)} ORDER BY up.depth`, 'up')} AS chain,
      ${list(`${plus(ref('d'), `'ladderStage', d.ladder_stage, 'depth', d.depth, 'recruitedById', d.recruited_by_id`)} ORDER BY d.depth, ${byName('d')}`,
             `(SELECT * FROM down d ORDER BY d.depth, ${byName('d')} LIMIT ${LIMITS.downline}) d`)} AS downline,
      (SELECT count(*)::int FROM down) AS downline_total,
      ${list(`${plus(ref('p1'), `'strength', p1.strength, 'kind', p1.kind`)} ORDER BY p1.strength DESC, ${byName('p1')}`, 'p1')} AS people1,
      ${list(`json_build_object('id', c1.id, 'name', c1.name, 'kind', c1.kind) ORDER BY c1.name, c1.id`, 'c1')} AS circles1,
      ${list(`json_build_object('a', e.via, 'b', e.pid, 'strength', e.strength)`, 'e WHERE e.via < e.pid AND e.pid IN (SELECT id FROM p1)')} AS links1,
      ${list(`json_build_object('personId', m1.person_id, 'circleId', m1.id)`, 'm1 WHERE m1.id IN (SELECT id FROM c1)')} AS memberships1,
      ${list(`${plus(ref('p2'), `'via', p2.via`)} ORDER BY p2.ties DESC, p2.best DESC, ${byName('p2')}`,
             `(SELECT * FROM p2 ORDER BY p2.ties DESC, p2.best DESC, ${byName('p2')} LIMIT ${LIMITS.network}) p2`)} AS people2,
      (SELECT count(*)::int FROM p2) AS people2_total,
      ${list(`json_build_object('id', c2.id, 'name', c2.name, 'kind', c2.kind, 'via', c2.via) ORDER BY c2.ties DESC, c2.name, c2.id`,
             `(SELECT * FROM c2 ORDER BY ties DESC, name, id LIMIT ${LIMITS.network}) c2`)} AS circles2,
      (SELECT count(*)::int FROM c2) AS circles2_total,
      ${list(`${item} ORDER BY i.occurred_at DESC, i.id`, `(SELECT * FROM about ORDER BY occurred_at DESC, id LIMIT ${LIMITS.timeline}) i`)} AS items,
      (SELECT count(*)::int FROM about) AS timeline_total,
      ${list(`${item} ORDER BY i.follow_up_on, i.id`,
             `(SELECT * FROM about WHERE follow_up_on IS NOT NULL AND NOT follow_up_done ORDER BY follow_up_on, id LIMIT ${LIMITS.openFollowUps}) i`)} AS open_follow_ups
    FROM me`;
  return { text, values: [id, ...s.values] };
}

export type THandProfile = Record<string, unknown>;

/** The profile's data as one row, or null where the actor may not see the person (NotFound). */
export async function handProfile(client: pg.Client, actor: TActor, id: string): Promise<THandProfile | null> {
  return (await client.query<THandProfile>(handProfileSql(actor, id))).rows[0] ?? null;
}
