// Next.js calls register() once when a server starts. Leaven's background work (CSV imports, and
// the periodic tasks such as the trash purge, lib/jobs/periodic.ts) runs here, in every app
// server: the jobs live in PostgreSQL and each is claimed by one server (lib/jobs/worker.ts,
// advisory locks), so any number of servers can run behind a load balancer.
// Set LEAVEN_IMPORT_WORKER=0 on servers that should only answer requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  if (process.env.LEAVEN_IMPORT_WORKER === '0') return;
  const { startImportWorker } = await import('./lib/jobs/worker');
  let warned = false;
  startImportWorker({
    log(line) {
      // A database that is not reachable yet is reported once, not every second.
      if (!warned) console.warn(`[leaven] ${line}`);
      warned = true;
    },
  });
}
