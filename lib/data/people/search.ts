import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { circleScope } from '@/lib/access/scopes/circles';
import { organizationScope } from '@/lib/access/scopes/organizations';
import { personScopeSql } from '@/lib/access/scopes/people';
import { displayName } from '@/lib/format/person-name';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TPersonSearchInput } from '@/lib/validation/person-search';
import { rankedHitsSql } from '@/lib/data/people/search-rank';

// The one person search: names with accents and case folded ("jose nu" finds José Núñez), e-mail
// fragments and phone digits, backed by the GIN indexes of the people_search_indexes migration.
// The people table filters with personMatchesSql; every picker, the shell's search box and the
// merge page call searchPeople. The expressions here must stay exactly those the indexes were built on.

export type TSearchTerms = { text: string; email: string | null; digits: string | null; names: boolean };

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** What to look for in what a person typed; null when there is nothing to look for. */
export function searchTerms(raw: string | undefined): TSearchTerms | null {
  const text = (raw ?? '').trim().slice(0, 100);
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  const letters = /\p{L}/u.test(text);
  const digits = text.replace(/\D/g, '');
  // A fragment of an address: one word with a sign of one (@ . _ - + or a digit), or long enough
  // to be worth a substring search. Short plain words are names: "mar" should not list every Omar's e-mail.
  const emailLike = !/\s/.test(text) && text.length >= 3 && (/[@._+\-\d]/.test(text) || text.length >= 4);
  return {
    text,
    names: letters,
    email: emailLike ? `%${likeEscape(text.toLowerCase())}%` : null,
    digits: !letters && digits.length >= 4 ? digits : null,
  };
}

/**
 * A condition on `p` (a live person row) that the person matches the terms. Each part is an
 * index search: the e-mail and phone matches become id lists that PostgreSQL ORs with the name
 * index (a BitmapOr), so no part is checked row by row.
 */
export function personMatchesSql(terms: TSearchTerms): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (terms.names) parts.push(nameMatchesSql(terms.text));
  if (terms.email) {
    parts.push(Prisma.sql`p.id = ANY(ARRAY(SELECT e.person_id FROM person_email e WHERE e.email LIKE ${terms.email}))`);
  }
  if (terms.digits) {
    parts.push(Prisma.sql`p.id = ANY(ARRAY(SELECT ph.person_id FROM person_phone ph WHERE leaven_phone_vector(ph.e164) @@ leaven_prefix_query(${terms.digits})))`);
  }
  return parts.length ? Prisma.sql`(${Prisma.join(parts, ' OR ')})` : Prisma.sql`FALSE`;
}

/** A condition on `p` that the words of its names begin with the words typed (accents and case folded). */
export function nameMatchesSql(text: string): Prisma.Sql {
  return Prisma.sql`leaven_person_search_vector(p.given_name, p.family_name, p.preferred_name) @@ leaven_prefix_query(${text})`;
}

/** A person found by a search, wherever one is offered: the pickers, the shell's box, the search and merge pages. */
export type TPersonHit = {
  id: string;
  name: string;
  /** Ward and precinct ("25-3"), to tell apart two people of the same name. */
  place: string | null;
};

type TPersonHitRow = { id: string; given_name: string | null; family_name: string | null; preferred_name: string | null; place: string | null };

/**
 * The people the actor may see who match what was typed, best first: an exact first or family
 * name, then the beginnings of names, then nicknames and fragments; by name within each. `where`,
 * a further condition on the person row `p` (never user input), narrows them: "not in this circle yet".
 */
export async function searchPeople(actor: TActor, q: string, limit = 8, where?: Prisma.Sql): Promise<TPersonHit[]> {
  const terms = searchTerms(q);
  if (!terms) return [];
  // MATERIALIZED: gather the matches through the indexes, then rank and sort them by the stored
  // name key (search-rank.ts; no unaccent per row). Left to itself the planner may walk the name
  // index instead and fold every name it passes.
  const rows = await db.$queryRaw<TPersonHitRow[]>(Prisma.sql`
    WITH matched AS MATERIALIZED (
      SELECT p.id, p.given_name, p.family_name, p.preferred_name, p.precinct_id, p.sort_name FROM person p
      WHERE ${personScopeSql(actor)} AND ${personMatchesSql(terms)} AND ${where ?? Prisma.sql`TRUE`}
    ), ${rankedHitsSql(terms.text, Math.min(50, Math.max(1, limit)))}
    SELECT h.id, h.given_name, h.family_name, h.preferred_name, w.number || '-' || pc.number AS place
    FROM hits h LEFT JOIN precinct pc ON pc.id = h.precinct_id LEFT JOIN ward w ON w.id = pc.ward_id
    ORDER BY h.rank, h.sort_name, h.id`);
  return rows.map((r) => ({ id: r.id, name: displayName({ givenName: r.given_name, familyName: r.family_name, preferredName: r.preferred_name }), place: r.place }));
}

/**
 * The ids of up to `limit` people (by name) the actor may see who match what was typed, for lists
 * longer than a picker's: the people of a circle to ask to a mobilization. `where` as in searchPeople.
 */
export async function searchPersonIds(actor: TActor, q: string, limit: number, where?: Prisma.Sql): Promise<string[]> {
  const terms = searchTerms(q);
  if (!terms) return [];
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    WITH matched AS MATERIALIZED (
      SELECT p.id, p.sort_name FROM person p
      WHERE ${personScopeSql(actor)} AND ${personMatchesSql(terms)} AND ${where ?? Prisma.sql`TRUE`}
    )
    SELECT id FROM matched ORDER BY sort_name, id LIMIT ${Math.min(1000, Math.max(1, limit))}`);
  return rows.map((r) => r.id);
}

/** searchPeople for the pickers that may name anyone in scope (an interaction's people, a tie, a recruiter), leaving out those already picked. */
export async function searchPeopleInScope(actor: TActor, { q, exclude = [] }: TPersonSearchInput): Promise<TPersonHit[]> {
  const picked = exclude.length ? Prisma.sql`NOT (p.id = ANY(${exclude}::uuid[]))` : undefined;
  return searchPeople(actor, q, 8, picked);
}

export type TGlobalHits = {
  people: TPersonHit[];
  circles: { id: string; name: string }[];
  organizations: { id: string; name: string }[];
};

// The table name is one of two literals fixed by the type, never input; the text is a bound parameter.
const nameMatches = (table: 'circle' | 'organization', text: string) =>
  Prisma.sql`SELECT x.id FROM ${Prisma.raw(table)} x
             WHERE x.deleted_at IS NULL AND to_tsvector('simple'::regconfig, leaven_unaccent(x.name)) @@ leaven_prefix_query(${text})
             LIMIT 500`;

/** The shell's search box: people, circles and organizations the actor may see whose names match. */
export async function globalSearch(actor: TActor, q: string, { people: peopleLimit = 6 } = {}): Promise<TGlobalHits> {
  const terms = searchTerms(q);
  if (!terms) return { people: [], circles: [], organizations: [] };
  const [people, circleIds, organizationIds] = await Promise.all([
    searchPeople(actor, q, peopleLimit),
    terms.names ? db.$queryRaw<{ id: string }[]>(nameMatches('circle', terms.text)) : [],
    terms.names ? db.$queryRaw<{ id: string }[]>(nameMatches('organization', terms.text)) : [],
  ]);
  // Scope applied by the same builders as every other circle and organization read.
  const [circles, organizations] = await Promise.all([
    circleIds.length
      ? db.circle.findMany({ where: { AND: [{ id: { in: circleIds.map((c) => c.id) } }, circleScope(actor)] }, select: { id: true, name: true }, orderBy: { name: 'asc' }, take: 4 })
      : [],
    organizationIds.length
      ? db.organization.findMany({ where: { AND: [{ id: { in: organizationIds.map((o) => o.id) } }, organizationScope(actor)] }, select: { id: true, name: true }, orderBy: { name: 'asc' }, take: 4 })
      : [],
  ]);
  return { people, circles, organizations };
}
