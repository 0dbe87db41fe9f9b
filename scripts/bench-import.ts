// `npm run bench:import`: a 50,000-row file (10% of its rows are people already in Leaven, 3% are
// the same person twice within the file) imported end to end (upload and COPY to staging, the
// check, the one-transaction merge), against the hand baseline measured in the same run on the
// same file: COPY of the raw CSV into a staging table plus one INSERT ... ON CONFLICT.
// Prints rows per second and the ratio; asserts nothing (STYLE.md: speed is measured, not asserted).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createDatabase } from '../lib/ops/database';
import { startEmbeddedPostgres, type TEmbeddedServer } from '../lib/ops/embedded-postgres';
import { migrate } from '../lib/ops/migrate';
import { backendCpuMs, cpuMs } from './bench/server-cpu';

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const EXISTING = Math.round(ROWS * 0.1);
const DUPLICATES = Math.round(ROWS * 0.03);
const BYSTANDERS = 20_000; // people in Leaven the file does not touch, so indexes have some size

const phoneOf = (i: number) => `(773) ${200 + Math.floor(i / 10_000)}-${String(i % 10_000).padStart(4, '0')}`;
const GIVEN = ['María', 'José', 'Guadalupe', 'Juan', 'Rosa', 'Luis', 'Ana', 'Jesús', 'Carmen', 'Miguel'];
const FAMILY = ['García', 'Hernández', 'López', 'Martínez', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Núñez'];

/** Rows 0..EXISTING-1 are people already in Leaven (same email); the last DUPLICATES repeat earlier new rows by phone. */
function buildFile(): string {
  const lines = ['first_name,last_name,email,can2_phone,zip_code,can2_subscription_status,can2_user_tags'];
  const fresh = ROWS - DUPLICATES;
  for (let i = 0; i < fresh; i++) {
    const email = i < EXISTING ? `existing${i}@example.org` : `new${i}@example.org`;
    const tags = i % 7 === 0 ? '"Bus captain, LSC"' : i % 5 === 0 ? 'vecinos' : '';
    lines.push(`${GIVEN[i % 10]},${FAMILY[(i * 7) % 10]},${email},${phoneOf(i)},6060${i % 9},${i % 20 === 0 ? 'unsubscribed' : 'subscribed'},${tags}`);
  }
  for (let d = 0; d < DUPLICATES; d++) {
    const i = EXISTING + ((d * 13) % (fresh - EXISTING));
    lines.push(`${GIVEN[i % 10]},${FAMILY[(i * 7) % 10]},,${phoneOf(i)},6060${i % 9},,`);
  }
  return lines.join('\r\n') + '\r\n';
}

async function seed(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const ward = (await c.query<{ id: string }>(`INSERT INTO ward (number, name) VALUES (25, '25th Ward') RETURNING id`)).rows[0]!.id;
    await c.query(`INSERT INTO precinct (ward_id, number) SELECT $1, g FROM generate_series(1, 30) g`, [ward]);
    const admin = (await c.query<{ id: string }>(`INSERT INTO app_user (email, password_hash, role) VALUES ('bench@example.org', 'x', 'ADMIN') RETURNING id`)).rows[0]!.id;
    // Existing people the file matches by email (under the same names as their rows: the same
    // people, not relatives sharing an address), and bystanders it does not touch.
    await c.query(
      `WITH src AS (SELECT g, gen_random_uuid() AS id FROM generate_series(0, $1 - 1) g),
            p AS (INSERT INTO person (id, given_name, family_name) SELECT id, ($2::text[])[g % 10 + 1], ($3::text[])[(g * 7) % 10 + 1] FROM src RETURNING id)
       INSERT INTO person_email (person_id, email, is_primary) SELECT src.id, 'existing' || src.g || '@example.org', true FROM src JOIN p USING (id)`,
      [EXISTING, GIVEN, FAMILY],
    );
    await c.query(
      `WITH p AS (INSERT INTO person (given_name, family_name) SELECT 'Bystander', 'Person ' || g FROM generate_series(0, $1 - 1) g RETURNING id, family_name)
       INSERT INTO person_phone (person_id, e164, is_primary) SELECT id, '+1312' || lpad(substr(family_name, 8), 7, '0'), true FROM p`,
      [BYSTANDERS],
    );
    await c.query('ANALYZE');
    return admin;
  } finally {
    await c.end();
  }
}

/**
 * The hand baseline: the same file into the same tables (people, their emails, phones and tags),
 * as COPY of the raw CSV into a staging table plus ONE statement: matched by email to people
 * already there, deduplicated by phone within the file, INSERT ... ON CONFLICT for the contacts
 * and tags. What it leaves out is what Leaven adds: normalising by libphonenumber, in-file
 * grouping by email and phone together, conflicts, rows to fix, the check shown before saving,
 * who added each person, per-person audit and the undo snapshot.
 */
async function baseline(url: string, file: string): Promise<{ ms: number; result: TResult }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const started = performance.now();
    await c.query('BEGIN');
    // The same footing as the app's merge: as much memory for sorts, and time-ordered ids.
    await c.query(`SET LOCAL work_mem = '64MB'`);
    await c.query(`CREATE TEMP TABLE bench_stage (first_name text, last_name text, email text, phone text, zip text, status text, tags text) ON COMMIT DROP`);
    await new Promise<void>((resolve, reject) => {
      const stream = c.query(copyFrom(`COPY bench_stage FROM STDIN (FORMAT csv, HEADER true)`));
      stream.on('finish', resolve);
      stream.on('error', reject);
      stream.end(file);
    });
    await c.query(
      `WITH s AS (
         SELECT DISTINCT ON (phone) leaven_uuid_v7() AS id, first_name, last_name, NULLIF(lower(email), '') AS email,
                '+1' || regexp_replace(phone, '\\D', '', 'g') AS phone, zip, status, tags
           FROM bench_stage ORDER BY phone, email = '' ),
       m AS (SELECT s.*, e.person_id AS existing FROM s LEFT JOIN person_email e ON e.email = s.email),
       p AS (INSERT INTO person (id, given_name, family_name, postal_code, source)
             SELECT id, first_name, last_name, zip, 'Bench' FROM m WHERE existing IS NULL RETURNING id),
       u AS (UPDATE person SET postal_code = COALESCE(person.postal_code, m.zip), version = person.version + 1
               FROM m WHERE person.id = m.existing RETURNING person.id),
       e AS (INSERT INTO person_email (person_id, email, status, status_at, status_how, is_primary)
             SELECT COALESCE(existing, id), email, CASE WHEN status = 'unsubscribed' THEN 'UNSUBSCRIBED' WHEN status = 'subscribed' THEN 'SUBSCRIBED' ELSE 'UNKNOWN' END::"EmailStatus",
                    CASE WHEN status IN ('subscribed', 'unsubscribed') THEN now() END, CASE WHEN status IN ('subscribed', 'unsubscribed') THEN 'IMPORT'::"ConsentSource" END,
                    existing IS NULL FROM m WHERE email IS NOT NULL
             ON CONFLICT (person_id, email) DO UPDATE SET status = EXCLUDED.status, status_at = EXCLUDED.status_at, status_how = EXCLUDED.status_how RETURNING 1),
       ph AS (INSERT INTO person_phone (person_id, e164, is_primary) SELECT COALESCE(existing, id), phone, existing IS NULL FROM m
              ON CONFLICT (person_id, e164) DO NOTHING RETURNING 1),
       mt AS (SELECT DISTINCT ON (COALESCE(existing, id), lower(btrim(t))) COALESCE(existing, id) AS person_id, btrim(t) AS name FROM m, unnest(string_to_array(m.tags, ',')) t WHERE btrim(t) <> ''),
       tg AS (INSERT INTO tag (name) SELECT DISTINCT ON (lower(name)) name FROM mt ON CONFLICT DO NOTHING RETURNING id, name),
       pt AS (INSERT INTO person_tag (person_id, tag_id) SELECT mt.person_id, g.id FROM mt JOIN (SELECT id, name FROM tg UNION ALL SELECT id, name FROM tag) g ON lower(g.name) = lower(mt.name)
              ON CONFLICT DO NOTHING RETURNING 1)
       SELECT (SELECT count(*) FROM p) AS created, (SELECT count(*) FROM u) AS updated, (SELECT count(*) FROM pt) AS tagged`,
    );
    await c.query('COMMIT');
    const ms = performance.now() - started;
    return { ms, result: await resultOf(c) };
  } finally {
    await c.end();
  }
}

/** What an import left in the database, to check that the baseline and Leaven did the same job. */
type TResult = { people: number; emails: number; phones: number; taggings: number; tags: number };
async function resultOf(c: pg.Client): Promise<TResult> {
  const { rows } = await c.query<Record<keyof TResult, string>>(
    `SELECT (SELECT count(*) FROM person) AS people, (SELECT count(*) FROM person_email) AS emails, (SELECT count(*) FROM person_phone) AS phones,
            (SELECT count(*) FROM person_tag) AS taggings, (SELECT count(*) FROM tag) AS tags`,
  );
  const r = rows[0]!;
  return { people: +r.people, emails: +r.emails, phones: +r.phones, taggings: +r.taggings, tags: +r.tags };
}

/** BENCH_PROFILE=1: prints every statement of the import that takes more than 50 ms, with its backend's CPU time. */
function profileQueries() {
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  (pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: pg.Client & { processID?: number }, ...args: unknown[]) {
    const started = performance.now();
    const cpu0 = backendCpuMs(this.processID);
    const result = original.apply(this, args);
    const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string })?.text ?? '');
    if (result instanceof Promise) {
      void result.finally(() => {
        const ms = performance.now() - started;
        const cpu = backendCpuMs(this.processID) - cpu0;
        if (ms > Number(process.env.BENCH_PROFILE_MS ?? 50)) console.log(`    ${String(Math.round(ms)).padStart(6)} ms wall ${String(Math.round(cpu)).padStart(6)} ms CPU  ${text.replace(/\s+/g, ' ').slice(0, 100)}`);
      });
    }
    return result;
  };
}
async function withPg<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
const vacuum = (url: string, sql = 'VACUUM ANALYZE') => withPg(url, (c) => c.query(sql));

const benchActor = (userId: string) => ({ userId, email: 'bench@example.org', role: 'ADMIN' as const, personId: null, scope: { circleIds: [], organizationIds: [], precinctIds: [] } });

async function leaven(url: string, file: string, adminId: string) {
  process.env.DATABASE_URL = url;
  if (process.env.BENCH_PROFILE) profileQueries();
  const { stageUpload } = await import('../lib/data/imports/stage');
  const { checkImportRows, startImportMerge } = await import('../lib/data/imports/commands');
  const { getImport } = await import('../lib/data/imports/reads');
  const { drainImportJobs } = await import('../lib/jobs/worker');
  const actor = benchActor(adminId);
  const bytes = new TextEncoder().encode(file);
  let last = performance.now();
  const steps: string[] = [];
  const hooks = {
    afterStep(step: string) {
      const now = performance.now();
      steps.push(`${step} ${Math.round(now - last)}`);
      last = now;
    },
  };
  const t0 = performance.now();
  const { id } = await stageUpload(actor, { fileName: 'bench.csv', bytes });
  const t1 = performance.now();
  const staged = await getImport(actor, id);
  await checkImportRows(actor, id, { mapping: staged.mapping, circleId: null, tags: [], source: 'Bench' });
  last = performance.now();
  await drainImportJobs({ hooks });
  const t2 = performance.now();
  await startImportMerge(actor, id, 'FILL');
  last = performance.now();
  await drainImportJobs({ hooks });
  const t3 = performance.now();
  const done = await getImport(actor, id);
  return { phases: { upload: t1 - t0, check: t2 - t1, merge: t3 - t2 }, total: t3 - t0, done, steps };
}

async function main() {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'leaven-bench-'));
  let server: TEmbeddedServer | undefined;
  try {
    server = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), ephemeral: true });
    const adminUrl = server.url('postgres');
    // Vacuum runs between measurements (below), not by chance inside one of them.
    await vacuum(adminUrl, `ALTER SYSTEM SET autovacuum = off`);
    await vacuum(adminUrl, `SELECT pg_reload_conf()`);
    const template = `leaven_bench_${randomBytes(3).toString('hex')}`;
    const templateUrl = await createDatabase(adminUrl, template);
    await migrate(templateUrl);
    const admin = await seed(templateUrl);
    // Each run starts from its own copy of the seeded database.
    let copies = 0;
    const fresh = () => createDatabase(adminUrl, `${template}_${++copies}`, template);
    const file = buildFile();
    console.log(`Import benchmark: ${ROWS.toLocaleString('en')} rows (${(file.length / 1e6).toFixed(1)} MB), ${EXISTING.toLocaleString('en')} already in Leaven, ${DUPLICATES.toLocaleString('en')} repeated within the file; ${BYSTANDERS.toLocaleString('en')} other people in the database.`);

    // Best of RUNS for each, alternating, so a busy moment on a shared machine does not decide the
    // ratio. Wall time is what a user waits; CPU time (the database server's and this process's)
    // is what the work costs, and is the steadier figure on a machine shared with other work.
    const RUNS = Number(process.env.BENCH_RUNS ?? 3);
    const dataDir = path.join(tmp, 'pg');
    const settle = () => new Promise((r) => setTimeout(r, 300)); // a closed connection's backend exits and is counted
    const cpuSince = (before: ReturnType<typeof cpuMs>) => {
      const now = cpuMs(dataDir);
      return before && now ? { server: now.server - before.server, app: now.self - before.self } : null;
    };
    type TCpu = ReturnType<typeof cpuSince>;
    let base = { wall: Infinity, cpu: null as TCpu };
    let baseResult: TResult | undefined;
    let leavenResult: TResult | undefined;
    let run: (Awaited<ReturnType<typeof leaven>> & { cpu: TCpu }) | undefined;
    // Leaven's runs share one database (the app reads DATABASE_URL once): each is undone, which
    // puts the database back exactly as it was, before the next.
    const leavenUrl = await fresh();
    // Loaded (and compiled) before the first run, so no run pays for it.
    process.env.DATABASE_URL = leavenUrl;
    await Promise.all([...['stage', 'commands', 'reads'].map((m) => import(`../lib/data/imports/${m}`)), import('../lib/jobs/worker')]);
    const { undoImport } = await import('../lib/data/imports/undo');
    for (let i = 0; i < RUNS; i++) {
      const baseUrl = await fresh();
      await vacuum(baseUrl);
      await settle();
      const b0 = cpuMs(dataDir);
      const { ms: wall, result } = await baseline(baseUrl, file);
      await settle();
      const bCpu = cpuSince(b0);
      baseResult = result;
      if (wall < base.wall) base = { wall, cpu: bCpu };
      const l0 = cpuMs(dataDir);
      const r = { ...(await leaven(leavenUrl, file, admin)), cpu: null as TCpu };
      r.cpu = cpuSince(l0);
      leavenResult = await withPg(leavenUrl, resultOf);
      if (process.env.BENCH_VERBOSE) console.log(`    run ${i + 1}: ${Math.round(r.total)} ms, ${r.done.createdCount} created, ${r.done.updatedCount} updated`);
      if (!run || r.total < run.total) run = r;
      if (i < RUNS - 1) {
        await undoImport(benchActor(admin), r.done.id);
        // Clean up after the undo now, so autovacuum does not do it during the next measurement.
        await vacuum(leavenUrl);
      }
    }
    const { done } = run!;
    if (done.status !== 'DONE') throw new Error(`the import ended ${done.status}: ${done.error}`);
    const rate = (ms: number) => Math.round(ROWS / (ms / 1000)).toLocaleString('en');
    const cpuText = (c: TCpu) => (c ? `; CPU ${Math.round(c.server + c.app)} ms (database ${Math.round(c.server)}, app ${Math.round(c.app)}), ${rate(c.server + c.app)} rows per CPU-second` : '');
    console.log(`  best of ${RUNS} runs each`);
    console.log(`  result: ${done.createdCount} created, ${done.updatedCount} updated, ${done.duplicateCount} duplicates merged, ${done.badCount} bad, ${done.conflictCount} conflicts`);
    console.log(`  phases: upload (COPY of the rows, and of them normalised with the guessed mapping) ${Math.round(run!.phases.upload)} ms, check (match) ${Math.round(run!.phases.check)} ms, merge ${Math.round(run!.phases.merge)} ms`);
    console.log(`  steps (ms): ${run!.steps.join(', ')}`);
    console.log(`  Leaven import:  ${Math.round(run!.total)} ms, ${rate(run!.total)} rows/s${cpuText(run!.cpu)}`);
    console.log(`  hand baseline:  ${Math.round(base.wall)} ms, ${rate(base.wall)} rows/s${cpuText(base.cpu)}`);
    console.log(`    (the baseline: COPY of the raw CSV + one statement: people, emails, phones and tags, INSERT ... ON CONFLICT)`);
    console.log(`  ratio: ${(run!.total / base.wall).toFixed(2)}x the baseline's time` +
      (run!.cpu && base.cpu ? `, ${((run!.cpu.server + run!.cpu.app) / (base.cpu.server + base.cpu.app)).toFixed(2)}x its CPU` : '') +
      ` (target: at least 20,000 rows/s and within 1.5x)`);
    const same = JSON.stringify(baseResult) === JSON.stringify(leavenResult);
    console.log(`  the same data in both: ${same ? 'yes' : 'NO'} (${Object.entries(leavenResult!).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')})`);
    if (!same) console.log(`    baseline left: ${JSON.stringify(baseResult)}\n    Leaven left:   ${JSON.stringify(leavenResult)}`);
    console.log(`  load average while it ran: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
    const { closeImportPool } = await import('../lib/db/pools');
    await closeImportPool();
    const g = globalThis as { leavenPrisma?: { $disconnect: () => Promise<void> } };
    await g.leavenPrisma?.$disconnect();
  } finally {
    await server?.stop().catch(() => undefined);
    await rm(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
