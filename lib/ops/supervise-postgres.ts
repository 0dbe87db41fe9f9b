import { startEmbeddedPostgres, type TEmbeddedServer } from './embedded-postgres';

// The embedded PostgreSQL that `npm start` runs is Leaven's to look after: when it dies without
// being asked to (killed, out of memory), it is started again on the same port and data folder,
// waiting a little longer after each failure, so the app's connection pools (lib/db) find it again
// by themselves. A crash is recovered by PostgreSQL itself on the way up, as after a power cut.

export type TBackoff = { firstMs: number; maxMs: number; /** Up this long, the next crash starts the waits over. */ healthyMs: number };
const BACKOFF: TBackoff = { firstMs: 1_000, maxMs: 30_000, healthyMs: 60_000 };

export type TSupervisedPostgres = {
  port: number;
  url: (database: string) => string;
  /** The running server's postmaster process id (it changes with each restart). */
  pid: () => number | undefined;
  /** How many times it was started again. */
  restarts: () => number;
  stop: () => Promise<void>;
};

type TOptions = {
  dataDir: string;
  port?: number;
  ephemeral?: boolean;
  password?: string;
  /** How to start the server (on the same port each time); by default the options above. */
  start?: (port?: number) => Promise<TEmbeddedServer>;
  log?: (line: string) => void;
  backoff?: Partial<TBackoff>;
};

export async function superviseEmbeddedPostgres(options: TOptions): Promise<TSupervisedPostgres> {
  const log = options.log ?? (() => undefined);
  const backoff = { ...BACKOFF, ...options.backoff };
  const start = options.start ?? ((port?: number) => startEmbeddedPostgres({ ...options, port: port ?? options.port }));
  let server: TEmbeddedServer = await start();
  const port = server.port;
  let startedAt = Date.now();
  let restarts = 0;
  let stopping = false;
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const watch = async () => {
    let delay = backoff.firstMs;
    while (!stopping) {
      const how = await server.exited;
      if (stopping) return;
      if (Date.now() - startedAt > backoff.healthyMs) delay = backoff.firstMs;
      log(`PostgreSQL stopped unexpectedly (${how}); starting it again in ${delay / 1000} s.`);
      for (;;) {
        await pause(delay);
        if (stopping) return;
        delay = Math.min(delay * 2, backoff.maxMs);
        try {
          server = await start(port);
          if (stopping) return await server.stop();
          break;
        } catch (e) {
          const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
          log(`PostgreSQL did not start again (${reason}); next try in ${delay / 1000} s.`);
        }
      }
      startedAt = Date.now();
      restarts++;
      log('PostgreSQL is running again.');
    }
  };
  const watching = watch();

  return {
    port,
    url: (database) => server.url(database),
    pid: () => server.pid,
    restarts: () => restarts,
    async stop() {
      stopping = true;
      wake?.();
      await server.stop();
      await watching;
    },
  };
}
