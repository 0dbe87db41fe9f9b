import type pg from 'pg';
import type { TActor } from '../../lib/access/actor';
import type { listPeople as TListPeople } from '../../lib/data/people/list';
import type { searchTerms as TSearchTermsFn } from '../../lib/data/people/search';
import { benchUuid } from './generate';
import { handKeyAt, handPeopleCount, handPeoplePage, type TTableCase } from './hand-sql';
import { race, type TSamples } from './measure';

// The people table: 24 filter and sort combinations, each on its first page and on a page 2,000
// pages deep (or its last page, when it has fewer), as leadership and as a coordinator.

export const PAGE_SIZE = 25;
export const DEEP_PAGE = 2000;

type TCaseSpec = { label: string; c: Omit<TTableCase, 'terms'> & { q?: string } };

async function cases(client: pg.Client): Promise<TCaseSpec[]> {
  const ids: string[] = [];
  for (const k of ['w1', 'pr45', 'c3', 'c0', 'o1', 't3']) ids.push(await benchUuid(client, k));
  const [ward, precinct, circle, bigCircle, org, tag] = ids as [string, string, string, string, string, string];
  const spec = (label: string, c: TCaseSpec['c']): TCaseSpec => ({ label, c });
  return [
    spec('name', { by: 'name', dir: 'asc', filters: {} }),
    spec('name desc', { by: 'name', dir: 'desc', filters: {} }),
    spec('stage desc', { by: 'stage', dir: 'desc', filters: {} }),
    spec('language, not voters', { by: 'language', dir: 'asc', filters: { voter: 'NO' } }),
    spec('member since desc', { by: 'memberSince', dir: 'desc', filters: {} }),
    spec('last updated desc', { by: 'updated', dir: 'desc', filters: {} }),
    spec('precinct', { by: 'precinct', dir: 'asc', filters: {} }),
    spec('precinct desc, volunteers', { by: 'precinct', dir: 'desc', filters: { stage: 'VOLUNTEER' } }),
    spec('name, one ward', { by: 'name', dir: 'asc', filters: { wardId: ward } }),
    spec('name, one precinct', { by: 'name', dir: 'asc', filters: { precinctId: precinct } }),
    spec('stage, one circle', { by: 'stage', dir: 'asc', filters: { circleId: circle } }),
    spec('name, largest circle', { by: 'name', dir: 'asc', filters: { circleId: bigCircle } }),
    spec('name, one organization', { by: 'name', dir: 'asc', filters: { organizationId: org } }),
    spec('name, one tag', { by: 'name', dir: 'asc', filters: { tagId: tag } }),
    spec('updated desc, follow-up due', { by: 'updated', dir: 'desc', filters: { followUpDue: true } }),
    spec('name, English-speaking voters', { by: 'name', dir: 'asc', filters: { language: 'en', voter: 'YES' } }),
    spec('member since, members', { by: 'memberSince', dir: 'asc', filters: { stage: 'MEMBER' } }),
    spec('name, search "mar"', { by: 'name', dir: 'asc', filters: {}, q: 'mar' }),
    spec('precinct, one circle', { by: 'precinct', dir: 'asc', filters: { circleId: circle } }),
    spec('name, search "garcia", supporters', { by: 'name', dir: 'asc', filters: { stage: 'SUPPORTER' }, q: 'garcia' }),
    spec('last contacted', { by: 'contacted', dir: 'asc', filters: {} }),
    spec('last contacted desc, speaks Polish', { by: 'contacted', dir: 'desc', filters: { speaks: 'pl' } }),
    spec('name, one precinct, speaks Spanish, quiet 60 days', { by: 'name', dir: 'asc', filters: { precinctId: precinct, speaks: 'es', quiet: 60 } }),
    spec('name, never contacted', { by: 'name', dir: 'asc', filters: { quiet: 'never' } }),
  ];
}

type TRow = { total: number; id: string | null };

export type TTableResult = { label: string; actor: string; page: string; app: TSamples; hand: TSamples; rows: number; total: number };

export async function benchPeopleTable(
  client: pg.Client,
  deps: { listPeople: typeof TListPeople; searchTerms: typeof TSearchTermsFn },
  actors: Record<string, TActor>,
  runs: number,
  log: (line: string) => void,
): Promise<TTableResult[]> {
  const results: TTableResult[] = [];
  for (const { label, c: spec } of await cases(client)) {
    const tcase: TTableCase = { ...spec, terms: deps.searchTerms(spec.q) };
    for (const [who, actor] of Object.entries(actors)) {
      // The deep page starts after the row just before it: found once, by OFFSET, outside the timing.
      const probe = (await client.query<{ sort_key: string[]; matches: number }>(handKeyAt(actor, tcase, 0))).rows[0];
      const matches = probe?.matches ?? 0;
      const lastStart = Math.floor(Math.max(0, matches - 1) / PAGE_SIZE) * PAGE_SIZE;
      const deepStart = Math.min((DEEP_PAGE - 1) * PAGE_SIZE, lastStart);
      const pages: [string, string[] | null][] = [['first', null]];
      if (deepStart > 0) {
        const key = (await client.query<{ sort_key: string[] }>(handKeyAt(actor, tcase, deepStart - 1))).rows[0]!.sort_key;
        pages.push([deepStart === (DEEP_PAGE - 1) * PAGE_SIZE ? `page ${DEEP_PAGE}` : `last (${deepStart / PAGE_SIZE + 1})`, key]);
      }
      for (const [page, key] of pages) {
        const after = key ? { sort: spec.by, dir: spec.dir, key } : undefined;
        const count = tcase.terms ? null : handPeopleCount(actor, tcase, 10_000);
        const r = await race(
          {
            app: async () => {
              const list = await deps.listPeople(actor, { ...spec.filters, q: spec.q, sort: spec.by, dir: spec.dir, pageSize: PAGE_SIZE, after });
              return { ids: list.rows.map((row) => row.id), total: list.total + (list.totalCapped ? 1 : 0) };
            },
            hand: async () => {
              // As the app does: count first (without a search), then read the page in the shape the count calls for.
              const total = count ? (await client.query<{ total: number }>(count)).rows[0]!.total : null;
              const rows = (await client.query<TRow>(handPeoplePage(actor, tcase, PAGE_SIZE, 10_000, key, total))).rows;
              return { ids: rows.filter((row) => row.id).slice(0, PAGE_SIZE).map((row) => row.id!), total: rows[0]?.total ?? 0 };
            },
          },
          runs,
        );
        // The baseline only counts if it answers the same: same rows in the same order, same count.
        if (JSON.stringify(r.appResult) !== JSON.stringify(r.handResult)) {
          throw new Error(`people table "${label}" (${who}, ${page}): the data layer and the hand SQL disagree`);
        }
        results.push({ label, actor: who, page, app: r.app, hand: r.hand, rows: r.appResult.ids.length, total: r.appResult.total });
      }
    }
    log(`  measured ${label}`);
  }
  return results;
}
