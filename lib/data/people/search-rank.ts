import { Prisma } from '@/lib/generated/prisma/client';

// The order of the people a search finds (lib/data/people/search.ts): the words typed as whole
// words of the name a person is shown by (family name and the name they go by) first, then as the
// beginnings of those words, then the rest (a given name behind a nickname, an e-mail or phone
// fragment); by the stored name key within each. "jose" lists the Josés, then Josefina, then
// Pepe (José) and jose.luis@….
//
// Ranking every match would cost a few string operations per row: at 100,000 people "ma" matches
// thousands. So the exact matches are found through the name index, and the rest are ranked among
// the first RANK_WINDOW matches by name, which hold the answer unless nicknames and fragments crowd
// them out; only then is every match ranked.

/** How many of the first matches by name are ranked, when there are more matches than this. */
export const RANK_WINDOW = 100;

/** A matched row's name words, folded: the stored sort key, its punctuation made spaces, padded so that every word has a space each side. */
const words = Prisma.raw(`' ' || translate(m.sort_name, '''’‘-.,', '      ') || ' '`);

const rank = Prisma.sql`CASE WHEN ${words} LIKE ALL (q.whole) THEN 0 WHEN ${words} LIKE ALL (q.start) THEN 1 ELSE 2 END`;

/** What was typed, folded as the name index folds it and split as leaven_prefix_query splits it. */
const typedWords = (text: string) =>
  Prisma.sql`regexp_split_to_table(lower(leaven_unaccent(${text})), '[^[:alnum:]]+') AS w WHERE w <> ''`;

/**
 * The CTEs that follow `matched` (live person rows `m` with their sort_name) to `hits`: the best
 * `limit` of them, each with its rank, for the caller to order by rank, sort_name, id.
 */
export function rankedHitsSql(text: string, limit: number): Prisma.Sql {
  const window = Math.max(RANK_WINDOW, 4 * limit);
  return Prisma.sql`
    q AS (
      -- Each word whole ('% jose %') and each word's beginning ('% jose%'); words are letters and
      -- digits only, so the only wildcards are these.
      SELECT array_agg('% ' || w || ' %') AS whole, array_agg('% ' || w || '%') AS start FROM ${typedWords(text)}
    ),
    -- MATERIALIZED: the few people with the exact words, through the index, before any join; inlined,
    -- the planner tested the words on every match first and looked each one up again.
    exact AS MATERIALIZED (
      SELECT p.id FROM person p
       WHERE p.deleted_at IS NULL
         AND leaven_person_search_vector(p.given_name, p.family_name, p.preferred_name)
             @@ (SELECT to_tsquery('pg_catalog.simple'::regconfig, string_agg(quote_literal(w), ' & ')) FROM ${typedWords(text)})
    ),
    whole AS (SELECT m.*, 0 AS rank FROM matched m JOIN exact e ON e.id = m.id CROSS JOIN q WHERE ${words} LIKE ALL (q.whole)),
    head AS (
      SELECT m.*, ${rank} AS rank FROM (SELECT * FROM matched ORDER BY sort_name, id LIMIT ${window}) m CROSS JOIN q
       WHERE m.id NOT IN (SELECT id FROM whole)
    ),
    trusted AS (SELECT (SELECT count(*) FROM matched) <= ${window} OR (SELECT count(*) FROM head WHERE rank < 2) >= ${limit} AS yes),
    hits AS (
      SELECT * FROM (
        SELECT * FROM whole WHERE (SELECT yes FROM trusted)
        UNION ALL SELECT * FROM head WHERE (SELECT yes FROM trusted)
        UNION ALL SELECT m.*, ${rank} AS rank FROM matched m CROSS JOIN q WHERE NOT (SELECT yes FROM trusted)
      ) x ORDER BY rank, sort_name, id LIMIT ${limit}
    )`;
}
