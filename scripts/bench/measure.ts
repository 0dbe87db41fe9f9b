// Timing helpers. The app's function and its hand-written SQL baseline are run in turns, so that
// whatever else the machine is doing at the moment weighs on both alike.

export type TSamples = number[];

export function percentile(samples: TSamples, p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export async function time<T>(fn: () => Promise<T>): Promise<[number, Awaited<T>]> {
  const started = performance.now();
  const result = await fn();
  return [performance.now() - started, result];
}

export type TPair<T> = { app: () => Promise<T>; hand: () => Promise<T> };

/** Runs both sides `runs` times, alternating which goes first; returns their timings and last results. */
export async function race<T>(pair: TPair<T>, runs: number, warmup = 1): Promise<{ app: TSamples; hand: TSamples; appResult: T; handResult: T }> {
  let appResult = await pair.app();
  let handResult = await pair.hand();
  for (let i = 1; i < warmup; i++) {
    await pair.app();
    await pair.hand();
  }
  const app: TSamples = [];
  const hand: TSamples = [];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? (['app', 'hand'] as const) : (['hand', 'app'] as const);
    for (const side of order) {
      const [ms, result] = await time(pair[side]);
      if (side === 'app') {
        app.push(ms);
        appResult = result;
      } else {
        hand.push(ms);
        handResult = result;
      }
    }
  }
  return { app, hand, appResult, handResult };
}

export const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)} ms` : 'n/a');
export const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a');
