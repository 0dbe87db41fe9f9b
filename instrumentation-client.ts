import { config } from 'zod';

// Runs in the browser before the app's code (Next.js's instrumentation-client). Zod compiles its
// object parsers with `new Function` when it may, and probes whether it may by trying: under
// Leaven's Content-Security-Policy (no 'unsafe-eval', proxy.ts) that probe is refused and reported
// as a violation. Jitless, Zod never tries: the same parsers, without eval.
config({ jitless: true });
