// A worker in a process of its own, for the test that kills one in the middle of a merge. It
// claims the waiting phase, prints PAUSED when the merge has written its people (inside the
// still-open transaction), then waits to be killed.
import { claimJob, runJob } from '../../lib/jobs/worker';

const pauseAt = process.argv[2] ?? 'people';
const job = await claimJob();
if (!job) {
  console.log('NO JOB');
  process.exit(2);
}
await runJob(job, {
  async afterStep(step) {
    if (step !== pauseAt) return;
    console.log('PAUSED');
    await new Promise(() => undefined);
  },
});
console.log('FINISHED');
process.exit(0);
