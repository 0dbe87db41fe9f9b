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

describe('what npm start says a real organization is missing', () => {
  const real = { demo: false, dataDir: '/srv/leaven/data' };

  it('names AUTH_SECRET and AUTH_URL, each in one line with the command or value that fixes it', async () => {
    const { deploymentWarnings } = await import('../../lib/env');
    const warnings = deploymentWarnings({}, real);
    expect(warnings).toEqual([
      'AUTH_SECRET is not set, so sessions use the key generated in /srv/leaven/data/auth-secret, which no other app server has: set AUTH_SECRET="$(cat /srv/leaven/data/auth-secret)" in the service\'s environment, the same on every server.',
      'AUTH_URL is not set, so invitation and reset links take their address from each request: set AUTH_URL to the address people type, e.g. AUTH_URL=https://leaven.example.org.',
    ]);
    for (const line of warnings) expect(line).not.toContain('\n');
  });

  it('is quiet once both are set, and for the demo', async () => {
    const { deploymentWarnings } = await import('../../lib/env');
    expect(deploymentWarnings({ AUTH_SECRET: 's'.repeat(32), AUTH_URL: 'https://leaven.example.org' }, real)).toEqual([]);
    expect(deploymentWarnings({ AUTH_URL: '  ' }, real)).toHaveLength(2);
    expect(deploymentWarnings({}, { ...real, demo: true })).toEqual([]);
  });
});

describe('HOST', () => {
  it('is 127.0.0.1 unless set, so only a proxy on the same machine reaches the app', async () => {
    const { listenHost } = await import('../../lib/env');
    expect(listenHost({})).toBe('127.0.0.1');
    expect(listenHost({ HOST: '' })).toBe('127.0.0.1');
    expect(listenHost({ HOST: '0.0.0.0' })).toBe('0.0.0.0');
  });
});

describe('LEAVEN_DATA_DIR and LEAVEN_BACKUP_DIR', () => {
  it('put the data folder and the backups anywhere; by default .leaven/ and its backups/', async () => {
    const { backupDir, dataDir } = await import('../../lib/ops/paths');
    expect(dataDir({}, '/repo')).toBe('/repo/.leaven');
    expect(dataDir({ LEAVEN_DATA_DIR: '/var/lib/leaven' }, '/repo')).toBe('/var/lib/leaven');
    expect(dataDir({ LEAVEN_DATA_DIR: 'data' }, '/repo')).toBe('/repo/data');
    expect(backupDir({}, '/repo')).toBe('/repo/.leaven/backups');
    expect(backupDir({ LEAVEN_DATA_DIR: '/var/lib/leaven' }, '/repo')).toBe('/var/lib/leaven/backups');
    expect(backupDir({ LEAVEN_DATA_DIR: '/var/lib/leaven', LEAVEN_BACKUP_DIR: '/mnt/backups' }, '/repo')).toBe('/mnt/backups');
  });
});
