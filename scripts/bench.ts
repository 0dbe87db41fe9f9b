// `npm run bench`: the speed of the people table, of search and of the profile's data, each against
// hand-written SQL for the same result measured in the same run. Builds a synthetic organization of 100,000 people
// (`--people 1000000` adds a run at a million) in its own throwaway embedded PostgreSQL, or in a
// new database on the server in DATABASE_URL, and drops it afterwards. Then the import benchmark
// (scripts/bench-import.ts, also `npm run bench:import`), unless `--no-import`.
//
// Runs under `tsx --conditions react-server` (see package.json): lib/db/prisma.ts imports 'server-only',
// which throws anywhere but in a React Server Components build; under that condition it is empty.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TActor } from '../lib/access/actor';
import { createDatabase, dropDatabase } from '../lib/ops/database';
import { startEmbeddedPostgres, type TEmbeddedServer } from '../lib/ops/embedded-postgres';
import { migrate } from '../lib/ops/migrate';
import { generateOrganization } from './bench/generate';
import { ms, percentile, ratio } from './bench/measure';
import { benchPeopleTable, DEEP_PAGE, PAGE_SIZE } from './bench/people-table';
import { benchProfile } from './bench/profile';
import { benchSearch, SEARCH_LIMIT, searchQueries } from './bench/search';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PEOPLE = arg('people', 100_000);
const SEED = arg('seed', 25);
const TABLE_RUNS = arg('runs', 7);
const SEARCH_RUNS = 3;
const PROFILE_RUNS = 5;
const TARGETS = { tableP95: 25, tableRatio: 1.3, searchP95: 30 };
const fmt = (n: number) => n.toLocaleString('en-US');
const log = (line = '') => console.log(line);

type TSizeResult = { people: number; tableP95: number; searchP95: number };

async function benchSize(adminUrl: string, people: number, full: boolean): Promise<TSizeResult> {
  const dbName = `leaven_bench_${process.pid}`;
  const url = await createDatabase(adminUrl, dbName);
  const client = new pg.Client({ connectionString: url });
  try {
    await migrate(url);
    await client.connect();
    log(`\nGenerating ${fmt(people)} people (seed ${SEED}):`);
    const started = performance.now();
    const org = await generateOrganization(client, { people, seed: SEED, log });
    const counts = (await client.query<Record<string, number>>(`SELECT
        (SELECT count(*)::int FROM circle_membership) AS memberships, (SELECT count(*)::int FROM relationship) AS relationships,
        (SELECT count(*)::int FROM interaction) AS interactions, (SELECT count(*)::int FROM circle) AS circles`)).rows[0]!;
    log(`  ${fmt(people)} people, ${fmt(counts.circles!)} circles, ${fmt(counts.memberships!)} memberships, ` +
      `${fmt(counts.relationships!)} relationships, ${fmt(counts.interactions!)} interactions in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    // The data layer reads DATABASE_URL on its first query, so it is imported only now.
    process.env.DATABASE_URL = url;
    const { listPeople } = await import('../lib/data/people/list');
    const { searchPeople, searchTerms } = await import('../lib/data/people/search');
    const base = { email: 'bench@example.org', personId: null, scope: { circleIds: [], organizationIds: [], precinctIds: [] } };
    const actors: Record<string, TActor> = {
      leadership: { ...base, userId: org.adminUserId, role: 'ADMIN' },
      coordinator: { ...base, userId: org.coordinatorUserId, role: 'COORDINATOR', scope: { ...base.scope, circleIds: org.coordinatorCircleIds } },
    };
    const inScope = (await listPeople(actors.coordinator!, { pageSize: 1 })).total;
    log(`  the coordinator is assigned ${org.coordinatorCircleIds.length} circles and sees ${fmt(inScope)} people (count capped at 10,000)`);

    let tableP95 = Number.NaN;
    if (full) {
      log(`\nPeople table: ${PAGE_SIZE} a page, 24 filter/sort combinations, first page and page ${fmt(DEEP_PAGE)} (or the last), ${TABLE_RUNS} runs each`);
      const table = await benchPeopleTable(client, { listPeople, searchTerms }, actors, TABLE_RUNS, log);
      log(`\n  ${'combination'.padEnd(34)} ${'actor'.padEnd(12)} ${'page'.padEnd(11)} ${'app p50'.padStart(10)} ${'hand p50'.padStart(10)} ${'ratio'.padStart(6)}`);
      for (const r of table) {
        const a = percentile(r.app, 50);
        const h = percentile(r.hand, 50);
        log(`  ${r.label.padEnd(34)} ${r.actor.padEnd(12)} ${r.page.padEnd(11)} ${ms(a).padStart(10)} ${ms(h).padStart(10)} ${ratio(a, h).padStart(6)}`);
      }
      const all = (side: 'app' | 'hand', who?: string) => table.filter((r) => !who || r.actor === who).flatMap((r) => r[side]);
      for (const who of [undefined, 'leadership', 'coordinator']) {
        const a = percentile(all('app', who), 95);
        const h = percentile(all('hand', who), 95);
        log(`  ${(who ? `  ${who}` : 'all pages').padEnd(14)} p95: app ${ms(a)}, hand SQL ${ms(h)}, ratio ${ratio(a, h)}`);
      }
      // The tail moves with whatever else the machine is doing; the typical ratio much less.
      const logs = table.map((r) => Math.log(percentile(r.app, 50) / percentile(r.hand, 50)));
      log(`  typical ratio (geometric mean of the pages' median ratios): ${Math.exp(logs.reduce((a, b) => a + b, 0) / logs.length).toFixed(2)}x`);
      tableP95 = percentile(all('app'), 95);
      const handP95 = percentile(all('hand'), 95);
      log(`  target p95 < ${TARGETS.tableP95} ms and within ${TARGETS.tableRatio}x of hand SQL: ` +
        `${tableP95 < TARGETS.tableP95 ? 'met' : 'NOT met'} (${ms(tableP95)}), ${tableP95 / handP95 <= TARGETS.tableRatio ? 'met' : 'NOT met'} (${ratio(tableP95, handP95)})`);
    }

    const queries = await searchQueries(client);
    log(`\nSearch: ${queries.length} queries (name prefixes of 2-6 letters, e-mail fragments, phone digits), first ${SEARCH_LIMIT} by name, ${SEARCH_RUNS} runs each`);
    const search = await benchSearch(client, { searchPeople, searchTerms }, actors, queries, SEARCH_RUNS);
    for (const r of search) {
      const a = percentile(r.app, 95);
      const h = percentile(r.hand, 95);
      log(`  ${r.actor.padEnd(12)} p50 app ${ms(percentile(r.app, 50))}; p95 app ${ms(a)}, hand SQL ${ms(h)}, ratio ${ratio(a, h)} (${r.empty} queries found no one)`);
    }
    const searchP95 = percentile(search.flatMap((r) => r.app), 95);
    log(`  target p95 < ${TARGETS.searchP95} ms at ${fmt(people)}: ${searchP95 < TARGETS.searchP95 ? 'met' : 'NOT met'} (${ms(searchP95)})`);

    if (full) {
      const { getPersonProfile } = await import('../lib/data/profile/profile');
      log(`\nProfile page data (getPersonProfile) against one hand-written statement, ${PROFILE_RUNS} runs each:`);
      for (const r of await benchProfile(client, getPersonProfile, actors, PROFILE_RUNS)) {
        const a = percentile(r.app, 95);
        const h = percentile(r.hand, 95);
        log(`  ${r.actor.padEnd(12)} ${r.people} people: p50 app ${ms(percentile(r.app, 50))}, hand SQL ${ms(percentile(r.hand, 50))}, ` +
          `ratio ${ratio(percentile(r.app, 50), percentile(r.hand, 50))}; p95 app ${ms(a)}, hand SQL ${ms(h)}, ratio ${ratio(a, h)}`);
      }
    }
    return { people, tableP95, searchP95 };
  } finally {
    await client.end().catch(() => undefined);
    const g = globalThis as { leavenPrisma?: { $disconnect: () => Promise<void> } };
    await g.leavenPrisma?.$disconnect();
    g.leavenPrisma = undefined;
    await dropDatabase(adminUrl, dbName).catch(() => undefined);
  }
}

async function main() {
  const started = performance.now();
  let server: TEmbeddedServer | undefined;
  let tmp: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  try {
    if (!adminUrl) {
      tmp = await mkdtemp(path.join(os.tmpdir(), 'leaven-bench-'));
      server = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), ephemeral: true });
      adminUrl = server.url('postgres');
    }
    const version = (await (async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        return (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
      } finally {
        await c.end();
      }
    })());
    log(`Leaven bench on ${server ? 'an embedded' : 'the DATABASE_URL'} PostgreSQL ${version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)}`);
    const sizes = PEOPLE > 100_000 ? [100_000, PEOPLE] : [PEOPLE];
    const results: TSizeResult[] = [];
    for (const [i, size] of sizes.entries()) results.push(await benchSize(adminUrl, size, i === 0));
    if (results.length > 1) {
      const [small, large] = results as [TSizeResult, TSizeResult];
      log(`\nSearch p95 at ${fmt(large.people)} vs ${fmt(small.people)}: ${ms(large.searchP95)} vs ${ms(small.searchP95)} (${ratio(large.searchP95, small.searchP95)})`);
    }
    if (!process.argv.includes('--no-import')) {
      // The import benchmark runs in a process of its own: its app reads DATABASE_URL once.
      log('\n');
      const child = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(import.meta.dirname, 'bench-import.ts')], {
        stdio: 'inherit',
      });
      if (child.status !== 0) process.exitCode = 1;
    }
    log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s (load average now ${os.loadavg()[0]!.toFixed(1)}).`);
  } finally {
    await server?.stop().catch(() => undefined);
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
