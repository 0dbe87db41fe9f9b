import { LADDER } from '@/lib/vocabulary/ladder';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TPeopleSortBy } from '@/lib/validation/search-params';
import { and, columnFilters, LAST_CONTACTED, relationFilters, relationIdSets, type TPeopleFilters } from '@/lib/data/people/list-filters';

// The SQL pieces of the people table: one sort key per order the table offers, keyset
// conditions over it, and the filters. Every value goes in as a bound parameter (Prisma.sql);
// the only SQL text chosen at run time comes from the fixed lists below.

export type TDir = 'asc' | 'desc';

// One part of a sort key: its expression on `p` (and the precinct `pc` and ward `w` joined to it),
// the same as text for a cursor, and how a cursor's text is checked and cast back.
type TKeyPart = { expr: Prisma.Sql; text: Prisma.Sql; valid: (v: string) => boolean; cast: (v: string) => Prisma.Sql };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const STAGES: readonly string[] = LADDER;
// People with no precinct or no member-since date come last in either direction.
const LAST = (dir: TDir) => (dir === 'asc' ? 2147483647 : -1);
/** The precinct key of people with no precinct, as it appears in a cursor. */
export const noPrecinctKey = (dir: TDir) => String(LAST(dir));

const id: TKeyPart = { expr: Prisma.sql`p.id`, text: Prisma.sql`p.id::text`, valid: (v) => UUID.test(v), cast: (v) => Prisma.sql`${v}::uuid` };
const sortName: TKeyPart = { expr: Prisma.sql`p.sort_name`, text: Prisma.sql`p.sort_name`, valid: (v) => v.length <= 300, cast: (v) => Prisma.sql`${v}::text` };
const stage: TKeyPart = {
  expr: Prisma.sql`p.ladder_stage`,
  text: Prisma.sql`p.ladder_stage::text`,
  valid: (v) => STAGES.includes(v),
  cast: (v) => Prisma.sql`${v}::"LadderStage"`,
};
const language: TKeyPart = { expr: Prisma.sql`p.preferred_language`, text: Prisma.sql`p.preferred_language`, valid: (v) => v.length <= 35, cast: (v) => Prisma.sql`${v}::text` };
// Two indexes back these, one per direction (see the migration): the expressions must match them.
const memberSince = (dir: TDir): TKeyPart => {
  const expr = dir === 'asc' ? Prisma.sql`COALESCE(p.member_since, 'infinity'::date)` : Prisma.sql`COALESCE(p.member_since, '-infinity'::date)`;
  return { expr, text: Prisma.sql`(${expr})::text`, valid: (v) => /^(\d{4}-\d{2}-\d{2}|-?infinity)$/.test(v), cast: (v) => Prisma.sql`${v}::date` };
};
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const instantText = (column: Prisma.Sql) => Prisma.sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const updated: TKeyPart = {
  expr: Prisma.sql`p.updated_at`,
  text: instantText(Prisma.sql`p.updated_at`),
  valid: (v) => INSTANT.test(v),
  cast: (v) => Prisma.sql`${v}::timestamptz`,
};
// Never contacted is '-infinity': first when the oldest contact comes first. One index serves both directions.
const contacted: TKeyPart = {
  expr: LAST_CONTACTED,
  text: Prisma.sql`COALESCE(${instantText(Prisma.sql`p.last_contacted_at`)}, '-infinity')`,
  valid: (v) => v === '-infinity' || INSTANT.test(v),
  cast: (v) => Prisma.sql`${v}::timestamptz`,
};
const int = (expr: Prisma.Sql): TKeyPart => ({
  expr,
  text: Prisma.sql`(${expr})::text`,
  valid: (v) => /^-?\d{1,10}$/.test(v) && Math.abs(Number(v)) <= 2147483647,
  cast: (v) => Prisma.sql`${Number(v)}::int`,
});
const wardNumber = (dir: TDir) => int(Prisma.sql`COALESCE(w.number, ${LAST(dir)}::int)`);
const precinctNumber = (dir: TDir) => int(Prisma.sql`COALESCE(pc.number, ${LAST(dir)}::int)`);

export function sortKey(by: TPeopleSortBy, dir: TDir): TKeyPart[] {
  switch (by) {
    case 'name':
      return [sortName, id];
    case 'stage':
      return [stage, sortName, id];
    case 'language':
      return [language, sortName, id];
    case 'memberSince':
      return [memberSince(dir), id];
    case 'updated':
      return [updated, id];
    case 'contacted':
      return [contacted, id];
    case 'precinct':
      return [wardNumber(dir), precinctNumber(dir), sortName, id];
  }
}

/** The cursor's key cast back to SQL values, or undefined when it does not fit this sort. */
export function castKey(parts: TKeyPart[], key: string[]): Prisma.Sql[] | undefined {
  if (key.length !== parts.length || !parts.every((part, i) => part.valid(key[i]!))) return undefined;
  return parts.map((part, i) => part.cast(key[i]!));
}

const row = (items: Prisma.Sql[]) => Prisma.sql`(${Prisma.join(items, ', ')})`;

/** Rows after (or, travelling backward, before) the cursor in this order. */
export function keysetAfter(exprs: Prisma.Sql[], values: Prisma.Sql[], ascending: boolean): Prisma.Sql {
  return ascending ? Prisma.sql`${row(exprs)} > ${row(values)}` : Prisma.sql`${row(exprs)} < ${row(values)}`;
}

export function orderBy(exprs: Prisma.Sql[], ascending: boolean): Prisma.Sql {
  const dir = ascending ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  return Prisma.join(exprs.map((e) => Prisma.sql`${e} ${dir}`), ', ');
}

export const keyText = (parts: TKeyPart[]) => Prisma.sql`ARRAY[${Prisma.join(parts.map((p) => p.text), ', ')}]::text[]`;

/**
 * A view of the people table: whose rows (the actor's scope), which (filters and search) and in
 * what order. The table's pages and the CSV export are both read through it (viewWhere), so an
 * export is always exactly the view.
 */
export type TViewQuery = {
  by: TPeopleSortBy;
  dir: TDir;
  parts: TKeyPart[];
  /** The actor's scope as a row filter (to walk a sort index), and as candidate ids (null: everyone) to count and gather from. */
  scope: Prisma.Sql;
  scopeIds: Prisma.Sql | null;
  filters: TPeopleFilters;
  search?: Prisma.Sql;
};

export type TPageQuery = TViewQuery & {
  /** The order rows are read in: the sort's direction, reversed when travelling backward. */
  ascending: boolean;
  cursor?: Prisma.Sql[];
  /** Sorting by precinct, whether the cursor is among the people with no precinct. */
  cursorInNowhere?: boolean;
  size: number;
  cap: number;
};

/** The view's rows as a condition on `p`: the actor's scope, the filters and the search. */
export function viewWhere(q: TViewQuery): Prisma.Sql {
  return and([q.scope, ...columnFilters(q.filters), ...relationFilters(q.filters), ...(q.search ? [q.search] : [])]);
}

/** The joins a sort's key reads (the precinct sort needs the precinct and its ward). */
const sortJoins = (by: TPeopleSortBy) =>
  by === 'precinct' ? Prisma.sql`LEFT JOIN precinct pc ON pc.id = p.precinct_id LEFT JOIN ward w ON w.id = pc.ward_id` : Prisma.empty;

/** Every row of the view, in the view's order, as ids: what the CSV export writes, uncapped and unpaged. */
export function peopleViewIdsSql(q: TViewQuery): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id FROM person p ${sortJoins(q.by)}
    WHERE ${viewWhere(q)}
    ORDER BY ${orderBy(q.parts.map((part) => part.expr), q.dir === 'asc')}`;
}

/** How many people the view holds, up to `cap` plus one: a saved view's count, through the same conditions as its rows. */
export function peopleViewCountSql(q: TViewQuery, cap: number): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM person p WHERE ${viewWhere(q)} LIMIT ${cap + 1}) c`;
}

const pageColumns = Prisma.sql`p.id, p.given_name, p.family_name, p.preferred_name, p.preferred_language, p.ladder_stage,
  p.registered_voter, p.do_not_contact, p.member_since, p.updated_at, p.last_contacted_at, p.precinct_id, p.sort_name`;

/** Up to this many matches, gathering them all and sorting beats walking a sort index (see peopleListSql). */
export const GATHER_MAX = 2000;

const live = Prisma.sql`p.deleted_at IS NULL`;
const counted = (q: TPageQuery) =>
  and([live, ...(q.scopeIds ? [Prisma.sql`p.id IN (${q.scopeIds})`] : []), ...columnFilters(q.filters), ...relationFilters(q.filters)]);

/**
 * The matching people, fetched one by one by primary key from the intersection of the id lists
 * (scope, circle, tag...). With few matches this is the cheapest read; written as a LATERAL
 * lookup because at this size the planner would rather scan the whole table.
 */
function gathered(q: TPageQuery): Prisma.Sql {
  const sets = [...(q.scopeIds ? [q.scopeIds] : []), ...relationIdSets(q.filters)];
  const check = and([live, ...columnFilters(q.filters)]);
  if (sets.length === 0) return Prisma.sql`SELECT p.* FROM person p WHERE ${check}`;
  // INTERSECT also drops repeats; a single list (the scope is a UNION ALL) needs DISTINCT for that.
  const ids = sets.length === 1 ? Prisma.sql`SELECT DISTINCT s.id FROM (${sets[0]!}) s(id)` : Prisma.join(sets.map((set) => Prisma.sql`(${set})`), ' INTERSECT ');
  // LIMIT 1 keeps the lookup a lookup: PostgreSQL does not flatten a LATERAL subquery that has one.
  return Prisma.sql`SELECT p.* FROM (${ids}) c(id) CROSS JOIN LATERAL (SELECT * FROM person p WHERE p.id = c.id AND ${check} LIMIT 1) p`;
}

/** How many people match (without a search), up to the cap plus one: candidates first, then checked. */
export function peopleCountSql(q: TPageQuery): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM person p WHERE ${counted(q)} LIMIT ${q.cap + 1}) c`;
}

/**
 * The page (size + 1 rows, to know whether more follow), with the capped count. Without a search
 * the count is known first (peopleCountSql) and chooses the shape; the planner cannot, since it
 * cannot tell how the filters and the actor's scope overlap:
 * - with a search, the matches are gathered once through the search indexes (MATERIALIZED), then
 *   sorted and counted; left alone the planner may walk a sort index folding every name it passes;
 * - with few matches, they are gathered from the indexes of the scope and filters, then sorted:
 *   walking a sort index for them could read most of the table;
 * - by precinct without filters through other tables, one short index walk per precinct in
 *   precinct order (LATERAL), stopped by an incremental sort as soon as the page is full;
 * - otherwise the sort's own index, walked from the cursor, stops as soon as the page is full.
 */
export function peopleListSql(q: TPageQuery, total: number | undefined, shape: 'walk' | 'gather'): Prisma.Sql {
  const where = viewWhere(q);
  const gather = (rows: Prisma.Sql) => Prisma.sql`matched AS MATERIALIZED (${rows}), page AS (${simplePage(q, Prisma.sql`matched`, Prisma.sql`TRUE`)})`;
  let ctes: Prisma.Sql;
  let count = Prisma.sql`(SELECT ${total ?? 0}::int AS total)`;
  if (q.search || total === undefined) {
    ctes = gather(Prisma.sql`SELECT p.* FROM person p WHERE ${where}`);
    count = Prisma.sql`(SELECT count(*)::int AS total FROM (SELECT 1 FROM matched LIMIT ${q.cap + 1}) c)`;
  } else if (shape === 'gather') {
    ctes = gather(gathered(q));
  } else if (q.by === 'precinct' && relationIdSets(q.filters).length === 0) {
    ctes = precinctPage(q, where);
  } else {
    ctes = Prisma.sql`page AS (${simplePage(q, Prisma.sql`person`, where)})`;
  }
  return Prisma.sql`
    WITH ${ctes}
    SELECT t.total, pg.id, pg.given_name, pg.family_name, pg.preferred_name, pg.preferred_language, pg.ladder_stage,
           pg.registered_voter, pg.do_not_contact, pg.member_since, pg.updated_at, pg.last_contacted_at, pc.number AS precinct_number,
           w.number AS ward_number, pg.sort_key
    FROM ${count} t
    LEFT JOIN (SELECT page.*, row_number() OVER () AS ord FROM page) pg ON TRUE
    LEFT JOIN precinct pc ON pc.id = pg.precinct_id
    LEFT JOIN ward w ON w.id = pc.ward_id
    ORDER BY pg.ord`;
}

function simplePage(q: TPageQuery, source: Prisma.Sql, where: Prisma.Sql): Prisma.Sql {
  const exprs = q.parts.map((p) => p.expr);
  return Prisma.sql`
    SELECT ${pageColumns}, ${keyText(q.parts)} AS sort_key FROM ${source} p ${sortJoins(q.by)}
    WHERE ${where} AND ${q.cursor ? keysetAfter(exprs, q.cursor, q.ascending) : Prisma.sql`TRUE`}
    ORDER BY ${orderBy(exprs, q.ascending)}
    LIMIT ${q.size + 1}`;
}

function precinctPage(q: TPageQuery, where: Prisma.Sql): Prisma.Sql {
  const last = LAST(q.dir);
  const [cw, cp, cs, cid] = q.cursor ?? [];
  const places: Prisma.Sql[] = [];
  if (q.filters.wardId) places.push(Prisma.sql`pc.ward_id = ${q.filters.wardId}::uuid`);
  if (q.filters.precinctId) places.push(Prisma.sql`pc.id = ${q.filters.precinctId}::uuid`);
  // People with no precinct are a last "precinct" of their own, unless one precinct was asked for.
  const nowhere = q.filters.precinctId || q.filters.wardId ? Prisma.empty : Prisma.sql`UNION ALL SELECT NULL::uuid, ${last}::int, ${last}::int`;
  const op = q.ascending ? Prisma.sql`>` : Prisma.sql`<`;
  const nameOrder = orderBy([Prisma.sql`p.sort_name`, Prisma.sql`p.id`], q.ascending);
  const inPlace = (at: Prisma.Sql, after: Prisma.Sql = Prisma.sql`TRUE`) => Prisma.sql`
    SELECT ${pageColumns} FROM person p WHERE ${at} AND ${where} AND ${after} ORDER BY ${nameOrder} LIMIT ${q.size + 1}`;
  // The places after the cursor's, each read from the start of its own index range, in place
  // order; the incremental sort stops as soon as the page is full.
  const later = Prisma.sql`
    SELECT x.*, o.wn, o.pn
    FROM (SELECT * FROM places ${cw ? Prisma.sql`WHERE (wn, pn) ${op} (${cw}, ${cp})` : Prisma.empty} ORDER BY ${orderBy([Prisma.sql`wn`, Prisma.sql`pn`], q.ascending)}) o
    CROSS JOIN LATERAL (
      (${inPlace(Prisma.sql`o.pid IS NOT NULL AND p.precinct_id = o.pid`)})
      UNION ALL
      (${inPlace(Prisma.sql`o.pid IS NULL AND p.precinct_id IS NULL`)})
    ) x
    ORDER BY ${orderBy([Prisma.sql`o.wn`, Prisma.sql`o.pn`, Prisma.sql`x.sort_name`, Prisma.sql`x.id`], q.ascending)}
    LIMIT ${q.size + 1}`;
  // The rest of the cursor's own place, read from the cursor on (its place is known in advance,
  // so this is one index range, not a filter).
  const rest = cw
    ? Prisma.sql`
      SELECT x.*, ${cw} AS wn, ${cp} AS pn FROM (${inPlace(
        q.cursorInNowhere
          ? Prisma.sql`p.precinct_id IS NULL`
          : Prisma.sql`p.precinct_id = (SELECT pid FROM places WHERE (wn, pn) = (${cw}, ${cp}))`,
        Prisma.sql`(p.sort_name, p.id) ${op} (${cs}, ${cid})`,
      )}) x
      UNION ALL`
    : Prisma.empty;
  return Prisma.sql`
    places AS MATERIALIZED (
      SELECT pc.id AS pid, w.number AS wn, pc.number AS pn FROM precinct pc JOIN ward w ON w.id = pc.ward_id WHERE ${and(places)}
      ${nowhere}
    ),
    page AS (
      SELECT u.*, ARRAY[u.wn::text, u.pn::text, u.sort_name, u.id::text] AS sort_key
      FROM (${rest} (${later})) u
      ORDER BY ${orderBy([Prisma.sql`u.wn`, Prisma.sql`u.pn`, Prisma.sql`u.sort_name`, Prisma.sql`u.id`], q.ascending)}
      LIMIT ${q.size + 1}
    )`;
}
