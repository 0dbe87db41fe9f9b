// `npm test`: type checking, lint, unit tests, integration tests against a real PostgreSQL, and
// Playwright end-to-end tests in Chromium against the built app. Exits non-zero if any fails.
// With no DATABASE_URL it starts its own throwaway embedded server; every run uses fresh databases.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, dropDatabase } from '../lib/ops/database';
import { freePort, startEmbeddedPostgres, type TEmbeddedServer } from '../lib/ops/embedded-postgres';
import { migrate } from '../lib/ops/migrate';
import { ensureBuild } from './lib/build';
import { loadDemo } from './lib/demo';
import { ROOT } from './lib/runtime';

type TStep = 'static' | 'unit' | 'integration' | 'e2e' | 'screenshots';
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? (process.argv[onlyArg + 1] as TStep) : undefined;
// `--grep <pattern>`: only the end-to-end tests whose title matches (with --only e2e).
const grepArg = process.argv.indexOf('--grep');
const grep = grepArg > 0 ? ['--grep', process.argv[grepArg + 1] ?? ''] : [];
// `screenshots` runs only when asked for (npm run screenshots): it writes PNGs to look at, it tests nothing.
const wants = (step: TStep) => (step === 'screenshots' ? only === step : !only || only === step);
const timings: string[] = [];

/**
 * Runs one step and waits for it without blocking this process: the embedded PostgreSQL started
 * here writes its log to a pipe this process must keep reading, or, once the pipe is full (a test
 * that makes the server log many errors), every backend blocks on writing its log and the tests hang.
 */
async function run(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  console.log(`\n\x1b[1m▶ ${label}\x1b[0m`);
  const bin = path.join(ROOT, 'node_modules/.bin', command);
  const child = spawn(bin, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  const status = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${label}: ${seconds} s`);
  if (status !== 0) throw Object.assign(new Error(`${label} failed.`), { name: 'TestFailure' });
}

async function main() {
  if (wants('static')) {
    await run('Type check', 'tsc', ['--noEmit']);
    await run('Lint', 'eslint', ['--max-warnings', '0', '.']);
  }
  if (wants('unit')) await run('Unit tests', 'vitest', ['run', '--project', 'unit']);
  if (!wants('integration') && !wants('e2e') && !wants('screenshots')) return;

  let server: TEmbeddedServer | undefined;
  let tmp: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  const created: string[] = [];
  try {
    if (!adminUrl) {
      tmp = await mkdtemp(path.join(os.tmpdir(), 'leaven-test-'));
      server = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), ephemeral: true });
      adminUrl = server.url('postgres');
    }
    const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;

    if (wants('integration')) await run('Integration tests', 'vitest', ['run', '--project', 'integration'], { LEAVEN_TEST_ADMIN_URL: adminUrl });

    if (wants('e2e') || wants('screenshots')) {
      const started = Date.now();
      ensureBuild();
      const e2eDb = `leaven_e2e_${runId}`;
      const e2eUrl = await createDatabase(adminUrl, e2eDb);
      created.push(e2eDb);
      await migrate(e2eUrl);
      await loadDemo(e2eUrl);
      timings.push(`Build and e2e database: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const project = wants('e2e') ? 'e2e' : 'screenshots';
      await run(project === 'e2e' ? 'End-to-end tests (Chromium)' : 'Screenshots', 'playwright', ['test', '--project', project, ...grep], {
        E2E_DATABASE_URL: e2eUrl,
        E2E_PORT: String(await freePort()),
        AUTH_SECRET: randomBytes(32).toString('base64url'),
      });
    }
  } finally {
    for (const db of created) await dropDatabase(adminUrl!, db).catch(() => undefined);
    await server?.stop().catch(() => undefined);
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
}

const started = Date.now();
main()
  .then(() => {
    console.log(`\n\x1b[32mAll checks passed\x1b[0m in ${((Date.now() - started) / 1000).toFixed(0)} s (${timings.join('; ')}).`);
  })
  .catch((e: unknown) => {
    console.error(`\n\x1b[31m${e instanceof Error ? e.message : String(e)}\x1b[0m (${timings.join('; ')})`);
    if (e instanceof Error && e.name !== 'TestFailure') console.error(e.stack);
    process.exit(1);
  });
