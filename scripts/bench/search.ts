import type pg from 'pg';
import type { TActor } from '../../lib/access/actor';
import type { searchPeople as TSearchPeople, searchTerms as TSearchTermsFn } from '../../lib/data/people/search';
import { handSearch } from './hand-sql';
import { race, type TSamples } from './measure';
import { FAMILY_NAMES, GIVEN_NAMES } from './vocabulary';

// Search as you type: 200 queries, drawn deterministically: 2- to 6-letter prefixes of names
// (half typed without their accents, some in capitals), fragments of e-mail addresses, and
// phone digits (the last 7 or 4, or the number without its country code).

export const SEARCH_LIMIT = 8;

const plain = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/ł/g, 'l');

export async function searchQueries(client: pg.Client, count = 200): Promise<string[]> {
  const emails = (await client.query<{ email: string }>(`SELECT email FROM person_email ORDER BY id LIMIT 40`)).rows.map((r) => r.email);
  const phones = (await client.query<{ e164: string }>(`SELECT e164 FROM person_phone ORDER BY id LIMIT 40`)).rows.map((r) => r.e164);
  const names = [...GIVEN_NAMES, ...FAMILY_NAMES];
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const kind = i % 5;
    if (kind <= 2) {
      const name = names[(i * 7919) % names.length]!;
      const length = 2 + (i % 5);
      const typed = name.slice(0, length);
      out.push(i % 2 ? plain(typed).toLowerCase() : i % 3 ? typed : typed.toUpperCase());
    } else if (kind === 3) {
      const email = emails[i % emails.length]!;
      const local = email.split('@')[0]!;
      // "maria.lopez12" -> "lopez12", "maria.lo", or the whole address
      const pick = i % 3;
      out.push(pick === 0 ? local.slice(local.indexOf('.') + 1) : pick === 1 ? local.slice(0, Math.min(local.length, 8)) : email);
    } else {
      const digits = phones[i % phones.length]!.replace(/\D/g, '');
      const pick = i % 3;
      out.push(pick === 0 ? digits.slice(-7) : pick === 1 ? digits.slice(-4) : digits.slice(1));
    }
  }
  return out;
}

export type TSearchResult = { actor: string; app: TSamples; hand: TSamples; empty: number };

export async function benchSearch(
  client: pg.Client,
  deps: { searchPeople: typeof TSearchPeople; searchTerms: typeof TSearchTermsFn },
  actors: Record<string, TActor>,
  queries: string[],
  runs: number,
): Promise<TSearchResult[]> {
  const results: TSearchResult[] = [];
  for (const [who, actor] of Object.entries(actors)) {
    const app: TSamples = [];
    const hand: TSamples = [];
    let empty = 0;
    for (const q of queries) {
      const terms = deps.searchTerms(q);
      if (!terms) throw new Error(`search query "${q}" has nothing to search for`);
      const sql = handSearch(actor, terms, SEARCH_LIMIT);
      const r = await race(
        {
          app: async () => (await deps.searchPeople(actor, q, SEARCH_LIMIT)).map((p) => p.id),
          hand: async () => (await client.query<{ id: string }>(sql)).rows.map((p) => p.id),
        },
        runs,
      );
      if (JSON.stringify(r.appResult) !== JSON.stringify(r.handResult)) throw new Error(`search "${q}" (${who}): the data layer and the hand SQL disagree`);
      if (r.appResult.length === 0) empty++;
      app.push(...r.app);
      hand.push(...r.hand);
    }
    results.push({ actor: who, app, hand, empty });
  }
  return results;
}
