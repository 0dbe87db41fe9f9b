// What the app server does on SIGTERM (a deploy, `systemctl stop`) or SIGINT: the worker stops at
// its next step and hands its job back (lib/jobs/worker.ts), so no job waits a minute for its
// heartbeat to go stale. scripts/start.ts sets NEXT_MANUAL_SIG_HANDLE, under which Next.js leaves
// the signals to us: the process then exits once the worker has stopped, or after `graceMs`.
// Without it (a bare `next start`), Next.js exits by itself and this only starts the stop.

type TOptions = { exit?: boolean; graceMs?: number; log?: (line: string) => void };

export function stopOnSignals(stop: () => Promise<void>, options: TOptions = {}): void {
  const exit = options.exit ?? process.env.NEXT_MANUAL_SIG_HANDLE === '1';
  const graceMs = options.graceMs ?? 30_000;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const code = signal === 'SIGINT' ? 130 : 143;
    const timer = setTimeout(() => {
      options.log?.(`the background worker did not stop within ${graceMs / 1000} s; exiting anyway`);
      if (exit) process.exit(code);
    }, graceMs);
    timer.unref();
    void stop()
      .catch((e: unknown) => options.log?.(`stopping the background worker: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        clearTimeout(timer);
        if (exit) process.exit(code);
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
