import { afterEach, describe, expect, it, vi } from 'vitest';

// env() reads the environment once; each case loads lib/env.ts afresh.
async function envWith(vars: Record<string, string | undefined>) {
  vi.resetModules();
  vi.stubEnv('DATABASE_URL', 'postgresql://localhost/leaven');
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
  return (await import('../../lib/env')).env();
}

afterEach(() => vi.unstubAllEnvs());

describe('LEAVEN_STRICT_I18N', () => {
  it('is strict only when set to 1, as the end-to-end tests set it', async () => {
    expect((await envWith({ LEAVEN_STRICT_I18N: '1' })).LEAVEN_STRICT_I18N).toBe(true);
    for (const v of [undefined, '', '0', 'true']) expect((await envWith({ LEAVEN_STRICT_I18N: v })).LEAVEN_STRICT_I18N, String(v)).toBe(false);
  });
});
