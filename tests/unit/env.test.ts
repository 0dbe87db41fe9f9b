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

describe('AUTH_URL and SMTP_URL', () => {
  it('are optional, and a blank one counts as unset', async () => {
    const e = await envWith({ AUTH_URL: '', SMTP_URL: undefined, SMTP_FROM: '' });
    expect([e.AUTH_URL, e.SMTP_URL, e.SMTP_FROM]).toEqual([undefined, undefined, undefined]);
  });

  it('are read as given when they are addresses', async () => {
    const e = await envWith({ AUTH_URL: 'https://leaven.example.org', SMTP_URL: 'smtps://u:p@mail.example.org:465', SMTP_FROM: 'Leaven <leaven@example.org>' });
    expect([e.AUTH_URL, e.SMTP_URL, e.SMTP_FROM]).toEqual(['https://leaven.example.org', 'smtps://u:p@mail.example.org:465', 'Leaven <leaven@example.org>']);
  });

  it('refuse a value that is not an address, saying which and how to write it', async () => {
    await expect(envWith({ AUTH_URL: 'leaven.example.org' })).rejects.toThrow(/AUTH_URL must be a full address/);
    await expect(envWith({ SMTP_URL: 'mail.example.org' })).rejects.toThrow(/SMTP_URL must be an address/);
  });
});
