import type { TActor } from '../../lib/access/actor';
import type { TPeopleFilters } from '../../lib/data/people/list-filters';
import { dayOf, DEFAULT_TIME_ZONE } from '../../lib/format/dates';
import { quietSince } from '../../lib/data/people/list-filters';
import type { TSearchTerms } from '../../lib/data/people/search';
import type { TPeopleSortBy } from '../../lib/validation/search-params';

// The baseline: the same results written by hand as plain SQL text with $n parameters, sent
// through node-postgres with no ORM in between. Each is the fastest form found for its result
// (the data layer was then built to produce the same plans).

export type TQuery = { text: string; values: unknown[] };
type TDir = 'asc' | 'desc';

class Params {
  values: unknown[] = [];
  add(v: unknown, cast: string): string {
    this.values.push(v);
    return `$${this.values.length}::${cast}`;
  }
}

const LAST = (dir: TDir) => (dir === 'asc' ? 2147483647 : -1);

export function handKey(by: TPeopleSortBy, dir: TDir): { exprs: string[]; text: string[]; casts: string[] } {
  const s = LAST(dir);
  switch (by) {
    case 'name':
      return { exprs: ['p.sort_name', 'p.id'], text: ['p.sort_name', 'p.id::text'], casts: ['text', 'uuid'] };
    case 'stage':
      return { exprs: ['p.ladder_stage', 'p.sort_name', 'p.id'], text: ['p.ladder_stage::text', 'p.sort_name', 'p.id::text'], casts: ['"LadderStage"', 'text', 'uuid'] };
    case 'language':
      return { exprs: ['p.preferred_language', 'p.sort_name', 'p.id'], text: ['p.preferred_language', 'p.sort_name', 'p.id::text'], casts: ['text', 'text', 'uuid'] };
    case 'memberSince': {
      const e = `COALESCE(p.member_since, '${dir === 'asc' ? '' : '-'}infinity'::date)`;
      return { exprs: [e, 'p.id'], text: [`(${e})::text`, 'p.id::text'], casts: ['date', 'uuid'] };
    }
    case 'updated':
      return {
        exprs: ['p.updated_at', 'p.id'],
        text: [`to_char(p.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`, 'p.id::text'],
        casts: ['timestamptz', 'uuid'],
      };
    case 'contacted': {
      const e = `COALESCE(p.last_contacted_at, '-infinity'::timestamptz)`;
      return {
        exprs: [e, 'p.id'],
        text: [`COALESCE(to_char(p.last_contacted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), '-infinity')`, 'p.id::text'],
        casts: ['timestamptz', 'uuid'],
      };
    }
    case 'precinct':
      return {
        exprs: [`COALESCE(w.number, ${s})`, `COALESCE(pc.number, ${s})`, 'p.sort_name', 'p.id'],
        text: [`COALESCE(w.number, ${s})::text`, `COALESCE(pc.number, ${s})::text`, 'p.sort_name', 'p.id::text'],
        casts: ['int', 'int', 'text', 'uuid'],
      };
  }
}

function scope(actor: TActor, p: Params): string {
  if (actor.role === 'ADMIN') return 'p.deleted_at IS NULL';
  if (actor.role !== 'COORDINATOR') throw new Error('the bench measures leadership and coordinators');
  const u = p.add(actor.userId, 'uuid');
  const ways = [
    `p.added_by_user_id = ${u}`,
    `p.id IN (SELECT ip.person_id FROM interaction_person ip WHERE ip.interaction_id = ANY(ARRAY(SELECT i.id FROM interaction i WHERE i.logged_by_id = ${u})))`,
  ];
  if (actor.scope.circleIds.length) ways.push(`p.id IN (SELECT person_id FROM circle_membership WHERE circle_id = ANY(${p.add(actor.scope.circleIds, 'uuid[]')}))`);
  if (actor.scope.organizationIds.length) ways.push(`p.id IN (SELECT person_id FROM affiliation WHERE organization_id = ANY(${p.add(actor.scope.organizationIds, 'uuid[]')}))`);
  if (actor.scope.precinctIds.length) ways.push(`p.precinct_id = ANY(${p.add(actor.scope.precinctIds, 'uuid[]')})`);
  return `p.deleted_at IS NULL AND (${ways.join(' OR ')})`;
}

/** The same people as a list of candidate ids, or null for leadership (everyone). */
function scopeIds(actor: TActor, p: Params): string | null {
  if (actor.role === 'ADMIN') return null;
  const u = p.add(actor.userId, 'uuid');
  const sources = [
    `SELECT id FROM person WHERE added_by_user_id = ${u}`,
    `SELECT ip.person_id FROM interaction_person ip WHERE ip.interaction_id = ANY(ARRAY(SELECT i.id FROM interaction i WHERE i.logged_by_id = ${u}))`,
  ];
  if (actor.scope.circleIds.length) sources.push(`SELECT person_id FROM circle_membership WHERE circle_id = ANY(${p.add(actor.scope.circleIds, 'uuid[]')})`);
  if (actor.scope.organizationIds.length) sources.push(`SELECT person_id FROM affiliation WHERE organization_id = ANY(${p.add(actor.scope.organizationIds, 'uuid[]')})`);
  if (actor.scope.precinctIds.length) sources.push(`SELECT id FROM person WHERE precinct_id = ANY(${p.add(actor.scope.precinctIds, 'uuid[]')})`);
  return sources.join(' UNION ALL ');
}

// As in the app: a circle or organization filter out of the actor's scope is dropped.
function visible(actor: TActor, f: TPeopleFilters): TPeopleFilters {
  if (actor.role === 'ADMIN') return f;
  const ok = (list: string[], v?: string) => (v && actor.role === 'COORDINATOR' && list.includes(v) ? v : undefined);
  return { ...f, circleId: ok(actor.scope.circleIds, f.circleId), organizationId: ok(actor.scope.organizationIds, f.organizationId) };
}

function filterSql(f: TPeopleFilters, p: Params): { columns: string[]; sets: string[]; relations: string[] } {
  const columns: string[] = [];
  const sets: string[] = [];
  if (f.wardId) columns.push(`p.ward_id = ${p.add(f.wardId, 'uuid')}`);
  if (f.precinctId) columns.push(`p.precinct_id = ${p.add(f.precinctId, 'uuid')}`);
  if (f.stage) columns.push(`p.ladder_stage = ${p.add(f.stage, '"LadderStage"')}`);
  if (f.language) columns.push(`p.preferred_language = ${p.add(f.language, 'text')}`);
  if (f.speaks) {
    const lang = p.add(f.speaks, 'text');
    columns.push(`(p.preferred_language = ${lang} OR p.languages @> ARRAY[${lang}])`);
  }
  if (f.voter) columns.push(`p.registered_voter = ${p.add(f.voter, '"VoterStatus"')}`);
  if (f.quiet === 'never') columns.push(`p.last_contacted_at IS NULL`);
  else if (f.quiet) columns.push(`COALESCE(p.last_contacted_at, '-infinity'::timestamptz) < ${p.add(quietSince(f.quiet, dayOf(new Date(), DEFAULT_TIME_ZONE), DEFAULT_TIME_ZONE), 'timestamptz')}`);
  if (f.circleId) sets.push(`SELECT person_id FROM circle_membership WHERE circle_id = ${p.add(f.circleId, 'uuid')}`);
  if (f.organizationId) sets.push(`SELECT person_id FROM affiliation WHERE organization_id = ${p.add(f.organizationId, 'uuid')}`);
  if (f.tagId) sets.push(`SELECT person_id FROM person_tag WHERE tag_id = ${p.add(f.tagId, 'uuid')}`);
  if (f.followUpDue) {
    sets.push(`SELECT ip.person_id FROM interaction i JOIN interaction_person ip ON ip.interaction_id = i.id
               WHERE NOT i.follow_up_done AND i.follow_up_on <= ${p.add(dayOf(new Date(), DEFAULT_TIME_ZONE), 'date')}`);
  }
  return { columns, sets, relations: sets.map((set) => `p.id IN (${set})`) };
}

export function searchSql(terms: TSearchTerms, p: Params): string {
  const parts: string[] = [];
  if (terms.names) parts.push(`leaven_person_search_vector(p.given_name, p.family_name, p.preferred_name) @@ leaven_prefix_query(${p.add(terms.text, 'text')})`);
  if (terms.email) parts.push(`p.id = ANY(ARRAY(SELECT person_id FROM person_email WHERE email LIKE ${p.add(terms.email, 'text')}))`);
  if (terms.digits) {
    parts.push(`p.id = ANY(ARRAY(SELECT person_id FROM person_phone WHERE leaven_phone_vector(e164) @@ leaven_prefix_query(${p.add(terms.digits, 'text')})))`);
  }
  return `(${parts.join(' OR ')})`;
}

export type TTableCase = { by: TPeopleSortBy; dir: TDir; filters: TPeopleFilters; terms: TSearchTerms | null };

const COLS = `p.id, p.given_name, p.family_name, p.preferred_name, p.preferred_language, p.ladder_stage, p.registered_voter,
  p.do_not_contact, p.member_since, p.updated_at, p.last_contacted_at, p.precinct_id, p.sort_name`;

/** How many match, when there is no search (the app counts first, then picks how to read the page). */
export function handPeopleCount(actor: TActor, c: TTableCase, cap: number): TQuery {
  const p = new Params();
  const { columns, relations } = filterSql(visible(actor, c.filters), p);
  const ids = scopeIds(actor, p);
  const counted = ['p.deleted_at IS NULL', ...(ids ? [`p.id IN (${ids})`] : []), ...columns, ...relations].join(' AND ');
  return { text: `SELECT count(*)::int AS total FROM (SELECT 1 FROM person p WHERE ${counted} LIMIT ${cap + 1}) c`, values: p.values };
}

/** Up to this many matches, gather and sort them; above it, walk the sort's index. */
export const HAND_GATHER_MAX = 2000;

/** One page of the people table (size + 1 rows, with the capped count), forward from `after` if given. */
export function handPeoplePage(actor: TActor, c: TTableCase, size: number, cap: number, after: string[] | null, total: number | null): TQuery {
  const p = new Params();
  const key = handKey(c.by, c.dir);
  const shape = c.terms || total === null ? 'search' : total <= HAND_GATHER_MAX ? 'gather' : 'walk';
  const { columns, sets, relations } = filterSql(visible(actor, c.filters), p);
  const ids = shape === 'gather' ? scopeIds(actor, p) : null;
  // Only what the query text uses may be a parameter: PostgreSQL cannot type an unused one.
  const conds = shape === 'gather' ? '' : [scope(actor, p), ...columns, ...relations, ...(c.terms ? [searchSql(c.terms, p)] : [])].join(' AND ');
  const allSets = [...(ids ? [ids] : []), ...sets];
  const check = ['p.deleted_at IS NULL', ...columns].join(' AND ');
  const gathered = allSets.length
    ? `SELECT p.* FROM (${allSets.length === 1 ? `SELECT DISTINCT s.id FROM (${allSets[0]}) s(id)` : allSets.map((x) => `(${x})`).join(' INTERSECT ')}) c(id) CROSS JOIN LATERAL (SELECT * FROM person p WHERE p.id = c.id AND ${check} LIMIT 1) p`
    : `SELECT p.* FROM person p WHERE ${check}`;
  const op = c.dir === 'asc' ? '>' : '<';
  const dir = c.dir.toUpperCase();
  const cursor = after ? after.map((v, i) => p.add(v, key.casts[i]!)) : null;
  let ctes = '';
  let source = 'person';
  let where = conds;
  let count = `(SELECT ${total ?? 0}::int AS total)`;
  if (shape !== 'walk') {
    ctes = `matched AS MATERIALIZED (${shape === 'gather' ? gathered : `SELECT p.* FROM person p WHERE ${conds}`}), `;
    source = 'matched';
    where = 'TRUE';
    if (shape === 'search') count = `(SELECT count(*)::int AS total FROM (SELECT 1 FROM matched LIMIT ${cap + 1}) c)`;
  }
  if (source === 'person' && c.by === 'precinct' && relations.length === 0) {
    const places = ['TRUE'];
    if (c.filters.wardId) places.push(`pc.ward_id = ${p.add(c.filters.wardId, 'uuid')}`);
    if (c.filters.precinctId) places.push(`pc.id = ${p.add(c.filters.precinctId, 'uuid')}`);
    const nowhere = c.filters.wardId || c.filters.precinctId ? '' : `UNION ALL SELECT NULL::uuid, ${LAST(c.dir)}, ${LAST(c.dir)}`;
    const inner = (at: string, more = 'TRUE') => `SELECT ${COLS} FROM person p WHERE ${at} AND ${conds} AND ${more} ORDER BY p.sort_name ${dir}, p.id ${dir} LIMIT ${size + 1}`;
    const later = `SELECT x.*, o.wn, o.pn FROM (SELECT * FROM places ${cursor ? `WHERE (wn, pn) ${op} (${cursor[0]}, ${cursor[1]})` : ''} ORDER BY wn ${dir}, pn ${dir}) o
      CROSS JOIN LATERAL ((${inner('o.pid IS NOT NULL AND p.precinct_id = o.pid')}) UNION ALL (${inner('o.pid IS NULL AND p.precinct_id IS NULL')})) x
      ORDER BY o.wn ${dir}, o.pn ${dir}, x.sort_name ${dir}, x.id ${dir} LIMIT ${size + 1}`;
    const own = after && after[0] === String(LAST(c.dir)) ? 'p.precinct_id IS NULL' : `p.precinct_id = (SELECT pid FROM places WHERE (wn, pn) = (${cursor?.[0]}, ${cursor?.[1]}))`;
    const rest = cursor ? `SELECT x.*, ${cursor[0]} AS wn, ${cursor[1]} AS pn FROM (${inner(own, `(p.sort_name, p.id) ${op} (${cursor[2]}, ${cursor[3]})`)}) x UNION ALL` : '';
    ctes += `places AS MATERIALIZED (SELECT pc.id AS pid, w.number AS wn, pc.number AS pn FROM precinct pc JOIN ward w ON w.id = pc.ward_id
               WHERE ${places.join(' AND ')} ${nowhere}),
      page AS (SELECT u.*, ARRAY[u.wn::text, u.pn::text, u.sort_name, u.id::text] AS sort_key FROM (${rest} (${later})) u
               ORDER BY u.wn ${dir}, u.pn ${dir}, u.sort_name ${dir}, u.id ${dir} LIMIT ${size + 1})`;
  } else {
    const joins = c.by === 'precinct' ? 'LEFT JOIN precinct pc ON pc.id = p.precinct_id LEFT JOIN ward w ON w.id = pc.ward_id' : '';
    ctes += `page AS (SELECT ${COLS}, ARRAY[${key.text.join(', ')}] AS sort_key FROM ${source} p ${joins}
               WHERE ${where} ${cursor ? `AND (${key.exprs.join(', ')}) ${op} (${cursor.join(', ')})` : ''}
               ORDER BY ${key.exprs.map((e) => `${e} ${dir}`).join(', ')} LIMIT ${size + 1})`;
  }
  const text = `WITH ${ctes}
    SELECT t.total, pg.id, pg.given_name, pg.family_name, pg.preferred_name, pg.preferred_language, pg.ladder_stage, pg.registered_voter,
           pg.do_not_contact, pg.member_since, pg.updated_at, pg.last_contacted_at, pc.number AS precinct_number, w.number AS ward_number, pg.sort_key
    FROM ${count} t
    LEFT JOIN (SELECT page.*, row_number() OVER () AS ord FROM page) pg ON TRUE
    LEFT JOIN precinct pc ON pc.id = pg.precinct_id LEFT JOIN ward w ON w.id = pc.ward_id
    ORDER BY pg.ord`;
  return { text, values: p.values };
}

/** The sort key of the row at `offset` in this order (to start a deep page from), and how many rows match. */
export function handKeyAt(actor: TActor, c: TTableCase, offset: number): TQuery {
  const p = new Params();
  const key = handKey(c.by, c.dir);
  const { columns, relations } = filterSql(visible(actor, c.filters), p);
  const conds = [scope(actor, p), ...columns, ...relations, ...(c.terms ? [searchSql(c.terms, p)] : [])].join(' AND ');
  const joins = c.by === 'precinct' ? 'LEFT JOIN precinct pc ON pc.id = p.precinct_id LEFT JOIN ward w ON w.id = pc.ward_id' : '';
  const dir = c.dir.toUpperCase();
  return {
    text: `SELECT ARRAY[${key.text.join(', ')}] AS sort_key, count(*) OVER ()::int AS matches FROM person p ${joins} WHERE ${conds}
           ORDER BY ${key.exprs.map((e) => `${e} ${dir}`).join(', ')} OFFSET ${p.add(offset, 'int')} LIMIT 1`,
    values: p.values,
  };
}

/** searchPeople's result: the best matches (by rank, then name), in the actor's scope. */
export function handSearch(actor: TActor, terms: TSearchTerms, limit: number): TQuery {
  const p = new Params();
  const conds = `${scope(actor, p)} AND ${searchSql(terms, p)}`;
  // Ranked as lib/data/people/search-rank.ts ranks: the words typed whole in the name shown (0),
  // beginning its words (1), or else (2); exact words through the name index, the rest among the
  // first matches by name unless those are not enough.
  const text = p.add(terms.text, 'text');
  const typed = `regexp_split_to_table(lower(leaven_unaccent(${text})), '[^[:alnum:]]+') AS w WHERE w <> ''`;
  const words = `' ' || translate(m.sort_name, '''’‘-.,', '      ') || ' '`;
  const rank = `CASE WHEN ${words} LIKE ALL (q.whole) THEN 0 WHEN ${words} LIKE ALL (q.start) THEN 1 ELSE 2 END`;
  const window = Math.max(100, 4 * limit);
  return {
    text: `WITH matched AS MATERIALIZED (SELECT p.id, p.given_name, p.family_name, p.preferred_name, p.precinct_id, p.sort_name FROM person p WHERE ${conds}),
           q AS (SELECT array_agg('% ' || w || ' %') AS whole, array_agg('% ' || w || '%') AS start FROM ${typed}),
           exact AS MATERIALIZED (SELECT p.id FROM person p WHERE p.deleted_at IS NULL AND leaven_person_search_vector(p.given_name, p.family_name, p.preferred_name)
                       @@ (SELECT to_tsquery('pg_catalog.simple'::regconfig, string_agg(quote_literal(w), ' & ')) FROM ${typed})),
           whole AS (SELECT m.*, 0 AS rank FROM matched m JOIN exact e ON e.id = m.id, q WHERE ${words} LIKE ALL (q.whole)),
           head AS (SELECT m.*, ${rank} AS rank FROM (SELECT * FROM matched ORDER BY sort_name, id LIMIT ${window}) m, q WHERE m.id NOT IN (SELECT id FROM whole)),
           trusted AS (SELECT (SELECT count(*) FROM matched) <= ${window} OR (SELECT count(*) FROM head WHERE rank < 2) >= ${limit} AS yes),
           hits AS (SELECT * FROM (SELECT * FROM whole WHERE (SELECT yes FROM trusted) UNION ALL SELECT * FROM head WHERE (SELECT yes FROM trusted)
                                   UNION ALL SELECT m.*, ${rank} AS rank FROM matched m, q WHERE NOT (SELECT yes FROM trusted)) x
                     ORDER BY rank, sort_name, id LIMIT ${limit})
           SELECT h.id, h.given_name, h.family_name, h.preferred_name, w.number || '-' || pc.number AS place
           FROM hits h LEFT JOIN precinct pc ON pc.id = h.precinct_id LEFT JOIN ward w ON w.id = pc.ward_id
           ORDER BY h.rank, h.sort_name, h.id`,
    values: p.values,
  };
}
