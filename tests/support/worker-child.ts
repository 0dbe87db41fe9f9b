// A worker in a process of its own, as instrumentation.ts starts it in an app server, for the test
// that sends it SIGTERM in the middle of a merge. It prints PAUSED when the merge has written its
// people (inside the still-open transaction), then carries on once the signal has come.
import { stopOnSignals } from '../../lib/jobs/shutdown';
import { startImportWorker } from '../../lib/jobs/worker';

const signalled = new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()));
const worker = startImportWorker({
  pollMs: 50,
  hooks: {
    async afterStep(step) {
      if (step !== 'people') return;
      console.log('PAUSED');
      await signalled;
    },
  },
});
stopOnSignals(worker.stop, { exit: true, graceMs: 20_000 });
