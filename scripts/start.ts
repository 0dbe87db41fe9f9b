// `npm start`: Leaven on http://localhost:3000, on the embedded PostgreSQL unless DATABASE_URL is set.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { deploymentWarnings, listenHost } from '../lib/env';
import { migrate } from '../lib/ops/migrate';
import { DEMO_LOGINS } from '../prisma/seed/demo-logins';
import { ensureBuild } from './lib/build';
import { databaseContents, loadDemo } from './lib/demo';
import { portIsFree, waitForHttp } from './lib/ports';
import { EMBEDDED_DATA_DIR, fail, openDatabase, ROOT, STATE_DIR, type TDatabase } from './lib/runtime';
import { authSecret } from './lib/secret';

const dev = process.argv.includes('--dev');
const startError = (message: string) => Object.assign(new Error(message), { name: 'StartError' });

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const host = listenHost();
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw startError(`PORT=${process.env.PORT} is not a port number: use a number such as 3000.`);
  if (!(await portIsFree(port, host))) {
    throw startError(`Port ${port} is already in use: stop whatever is using it, or start Leaven on another port, e.g. PORT=${port + 1} npm start.`);
  }

  let database: TDatabase | undefined;
  const stopDatabase = () => database?.embedded?.stop().catch(() => undefined);
  try {
    database = await openDatabase({ supervise: true });
    const shown = EMBEDDED_DATA_DIR.startsWith(`${ROOT}/`) ? path.relative(ROOT, EMBEDDED_DATA_DIR) : EMBEDDED_DATA_DIR;
    console.log(database.embedded ? `Embedded PostgreSQL running (data in ${shown}).` : 'Using the PostgreSQL server in DATABASE_URL.');
    const { applied, total } = await migrate(database.url);
    console.log(applied.length ? `Applied ${applied.length} migration(s).` : `Database schema up to date (${total} migrations).`);

    const contents = await databaseContents(database.url);
    let demo = contents.realUsers === 0 && contents.users > 0;
    if (database.embedded && contents.users === 0 && contents.people === 0) {
      console.log('Empty database: loading the demo organization…');
      await loadDemo(database.url);
      demo = true;
    } else if (contents.users === 0) {
      console.log('\nThis database has no accounts yet. Create the first leader with `npm run create-leader`,');
      console.log('or load the demo organization with `npm run db:seed`.\n');
    }

    for (const line of deploymentWarnings(process.env, { demo, dataDir: STATE_DIR })) console.warn(`\x1b[33mWarning:\x1b[0m ${line}`);

    if (!dev) ensureBuild();

    const next = path.join(ROOT, 'node_modules/next/dist/bin/next');
    const child = spawn(process.execPath, [next, dev ? 'dev' : 'start', '-p', String(port), '-H', host], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        AUTH_SECRET: authSecret(),
        AUTH_TRUST_HOST: 'true',
        LEAVEN_DATA_DIR: STATE_DIR,
        // instrumentation.ts answers SIGTERM itself: the worker finishes or hands back its job, then the server exits.
        ...(dev ? {} : { NEXT_MANUAL_SIG_HANDLE: '1' }),
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_ENV: dev ? 'development' : 'production',
      },
    });
    const shutdown = () => child.kill('SIGTERM');
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
    child.on('exit', async (code) => {
      await stopDatabase();
      process.exit(code ?? 0);
    });

    const local = ['127.0.0.1', '0.0.0.0', '::'].includes(host);
    const address = local ? `localhost:${port}` : `${host.includes(':') ? `[${host}]` : host}:${port}`;
    await waitForHttp(`http://${local ? `127.0.0.1:${port}` : address}/login`, 120_000);
    console.log(`\n  Leaven is running at \x1b[1mhttp://${address}\x1b[0m${host === '127.0.0.1' ? ' (this machine only; set HOST to listen elsewhere)' : ''}\n`);
    if (demo) {
      console.log('  Demo logins:');
      for (const login of DEMO_LOGINS) console.log(`    ${login.role.padEnd(12)} ${login.email.padEnd(28)} ${login.password}`);
      console.log('');
    }
    console.log('  Press Ctrl+C to stop.\n');
  } catch (e) {
    await stopDatabase();
    throw e;
  }
}

main().catch(fail);
