// Next.js calls register() once when a server starts. Leaven's background work (CSV imports, and
// the periodic tasks such as the trash purge and scheduled backups, lib/jobs/) runs here, in every
// app server: the jobs live in PostgreSQL and each is claimed by one server (lib/jobs/worker.ts,
// advisory locks), so any number of servers can run behind a load balancer. On SIGTERM the worker
// finishes its step and hands its job back before the server exits (lib/jobs/shutdown.ts).
// Set LEAVEN_IMPORT_WORKER=0 on servers that should only answer requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { stopOnSignals } = await import('./lib/jobs/shutdown');
  const log = (line: string) => console.warn(`[leaven] ${line}`);
  if (process.env.LEAVEN_IMPORT_WORKER === '0') {
    stopOnSignals(async () => undefined, { log });
    return;
  }
  const { startImportWorker } = await import('./lib/jobs/worker');
  let warned = false;
  const worker = startImportWorker({
    log(line) {
      // A database that is not reachable yet is reported once, not every second.
      if (!warned) log(line);
      warned = true;
    },
  });
  stopOnSignals(worker.stop, { log });
}
