// `npm run bench:ward`: the dashboard and the precinct table on a synthetic organization of
// 100,000 people (BENCH_PEOPLE to change it), through the data layer, against the same figures
// by hand-written SQL, measured in the same run. Prints p50 and p95 and their ratio; it passes
// or fails nothing (STYLE.md: speed is measured, not asserted).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TActor } from '../lib/access/actor';
import { createDatabase, dropDatabase } from '../lib/ops/database';
import { startEmbeddedPostgres, type TEmbeddedServer } from '../lib/ops/embedded-postgres';
import { migrate } from '../lib/ops/migrate';
import { handDashboard, handPrecincts } from './bench/ward-hand-sql';
import { buildWardOrg } from './bench/ward-org';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

async function measure(fn: () => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95) };
}

let server: TEmbeddedServer | undefined;
let tmp: string | undefined;
let adminUrl = process.env.DATABASE_URL;
const dbName = `leaven_bench_ward_${Date.now().toString(36)}`;
try {
  if (!adminUrl) {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'leaven-bench-'));
    server = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), ephemeral: true });
    adminUrl = server.url('postgres');
  }
  const url = await createDatabase(adminUrl, dbName);
  await migrate(url);
  let t = performance.now();
  const org = await buildWardOrg(url, PEOPLE);
  console.log(`Synthetic organization of ${PEOPLE.toLocaleString('en')} people built in ${((performance.now() - t) / 1000).toFixed(1)} s.`);

  // The data layer reads DATABASE_URL on its first query; imported only now that it is set.
  process.env.DATABASE_URL = url;
  const { getPrecinctTable, listPrecincts } = await import('../lib/data/ward/precincts');
  const { computeDashboard, getDashboard } = await import('../lib/data/ward/dashboard');
  const pool = new pg.Pool({ connectionString: url, max: 10 });

  const admin: TActor = { userId: org.adminId, email: 'admin@bench.example', role: 'ADMIN', personId: null, scope: { circleIds: [], organizationIds: [], precinctIds: [] } };
  const coordinator: TActor = { userId: org.coordinatorId, email: 'coord@bench.example', role: 'COORDINATOR', personId: null, scope: { circleIds: org.circleIds, organizationIds: org.organizationIds, precinctIds: org.precinctIds } };
  const coordScope = { userId: org.coordinatorId, circleIds: org.circleIds, organizationIds: org.organizationIds, precinctIds: org.precinctIds };

  // "computed": every figure computed on the request; "served": what the page does (heavy
  // figures from a PostgreSQL snapshot at most two minutes old, the rest live).
  const cases: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
    ['precincts computed, leadership', () => listPrecincts(admin), () => handPrecincts(pool, null)],
    ['precincts computed, coordinator', () => listPrecincts(coordinator), () => handPrecincts(pool, coordScope)],
    ['precincts served, leadership', () => getPrecinctTable(admin), () => handPrecincts(pool, null)],
    ['precincts served, coordinator', () => getPrecinctTable(coordinator), () => handPrecincts(pool, coordScope)],
    ['dashboard computed, leadership', () => computeDashboard(admin), () => handDashboard(pool, null, org.adminId)],
    ['dashboard computed, coordinator', () => computeDashboard(coordinator), () => handDashboard(pool, coordScope, org.coordinatorId)],
    ['dashboard served, leadership', () => getDashboard(admin), () => handDashboard(pool, null, org.adminId)],
    ['dashboard served, coordinator', () => getDashboard(coordinator), () => handDashboard(pool, coordScope, org.coordinatorId)],
  ];
  // The hand SQL must give the same figures, or its time says nothing.
  for (const [who, actor, scope, userId] of [['leadership', admin, null, org.adminId], ['coordinator', coordinator, coordScope, org.coordinatorId]] as const) {
    const [layer, hand] = [await listPrecincts(actor), await handPrecincts(pool, scope)];
    const figures = (r: { residents: number; members: number; leaders: number; circles: number; relationships: number; interactions: number }) =>
      [r.residents, r.members, r.leaders, r.circles, r.relationships, r.interactions].join(',');
    const differ = layer.filter((row) => figures(row) !== (hand.has(row.id) ? figures(hand.get(row.id)!) : 'missing'));
    const dash = await computeDashboard(actor);
    const handDash = await handDashboard(pool, scope, userId);
    const ladder = (rows: { stage: string; people: number; movedUp: number }[]) => JSON.stringify(rows.filter((x) => x.people || x.movedUp).sort((a, b) => a.stage.localeCompare(b.stage)));
    const sameDash = ladder(dash.ladder) === ladder(handDash.ladder) && dash.quiet.length === handDash.quiet;
    console.log(`same figures as the hand SQL, ${who}: precinct table ${differ.length === 0 && layer.length === hand.size ? 'yes' : `NO (${differ.length} precincts differ)`}, dashboard ladder and quiet allies ${sameDash ? 'yes' : 'NO'}`);
    if (!sameDash) console.log(`  data layer ${ladder(dash.ladder)} quiet ${dash.quiet.length}\n  hand SQL   ${ladder(handDash.ladder)} quiet ${handDash.quiet}`);
  }

  console.log(`\n${'measure'.padEnd(34)} ${'data layer p50 / p95'.padStart(22)} ${'hand SQL p50 / p95'.padStart(20)} ${'ratio p95'.padStart(10)}`);
  for (const [name, layer, hand] of cases) {
    t = performance.now();
    const a = await measure(layer);
    const b = await measure(hand);
    const f = (x: { p50: number; p95: number }) => `${x.p50.toFixed(0)} / ${x.p95.toFixed(0)} ms`;
    console.log(`${name.padEnd(34)} ${f(a).padStart(22)} ${f(b).padStart(20)} ${`${(a.p95 / b.p95).toFixed(2)}×`.padStart(10)}`);
  }
  await pool.end();
  const g = globalThis as { leavenPrisma?: { $disconnect: () => Promise<void> } };
  await g.leavenPrisma?.$disconnect();
} finally {
  if (adminUrl) await dropDatabase(adminUrl, dbName).catch(() => undefined);
  await server?.stop().catch(() => undefined);
  if (tmp) await rm(tmp, { recursive: true, force: true });
}
