import { existsSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import type { TActor } from '../../lib/auth/policy';
import { percentile, time, type TSamples } from './measure';

// The person profile's data (getPersonProfile) for 50 people. It has no hand-written SQL baseline
// yet, so it prints timings, not a ratio; its round trips (5 for a person with 50 relationships and
// 200 interactions) are counted by tests/integration/profile.test.ts.

type TGetProfile = (actor: TActor, id: string) => Promise<unknown>;

export async function benchProfile(client: pg.Client, actor: TActor, runs: number): Promise<string> {
  const file = path.resolve(import.meta.dirname, '../../lib/data/profile.ts');
  if (!existsSync(file)) return 'pending: lib/data/profile.ts does not exist yet';
  const mod = (await import(file)) as { getPersonProfile?: TGetProfile };
  if (typeof mod.getPersonProfile !== 'function') return 'pending: lib/data/profile.ts has no getPersonProfile(actor, id) yet';
  const ids = (await client.query<{ id: string }>('SELECT id FROM person WHERE deleted_at IS NULL ORDER BY id LIMIT 50')).rows.map((r) => r.id);
  const samples: TSamples = [];
  for (const id of ids) {
    await mod.getPersonProfile(actor, id);
    for (let i = 0; i < runs; i++) samples.push((await time(() => mod.getPersonProfile!(actor, id)))[0]);
  }
  return `p50 ${percentile(samples, 50).toFixed(2)} ms, p95 ${percentile(samples, 95).toFixed(2)} ms (no hand-SQL baseline yet: add handProfile here)`;
}
