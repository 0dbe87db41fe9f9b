import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';

// An unreachable or silent mail server must not hold a leader's click for minutes: sending gives
// up after a few seconds and says it failed, so the page can say so and show the link instead.

afterEach(() => vi.unstubAllEnvs());

async function mailWith(url: string) {
  vi.resetModules();
  vi.stubEnv('DATABASE_URL', 'postgresql://localhost/leaven');
  vi.stubEnv('SMTP_URL', url);
  return import('../../lib/mail');
}

/** A server that takes the connection and never says a word (no SMTP greeting). */
async function silentServer(): Promise<{ port: number; close: () => void }> {
  const sockets: net.Socket[] = [];
  const server = net.createServer((s) => sockets.push(s));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () => {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

describe('sending mail', () => {
  it('waits seconds, not minutes, for a connection, a greeting or a reply', async () => {
    const { MAIL_TIMEOUTS } = await mailWith('smtp://127.0.0.1:1');
    for (const ms of Object.values(MAIL_TIMEOUTS)) expect(ms).toBeLessThanOrEqual(10_000);
    expect(Object.keys(MAIL_TIMEOUTS).sort()).toEqual(['connectionTimeout', 'greetingTimeout', 'socketTimeout']);
  });

  it('gives up on a server that never greets, and says it failed', async () => {
    const server = await silentServer();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { sendMail } = await mailWith(`smtp://127.0.0.1:${server.port}`);
      const started = Date.now();
      const outcome = await sendMail({ to: 'x@example.org', subject: 's', text: 't' }, { connectionTimeout: 300, greetingTimeout: 300, socketTimeout: 300 });
      expect(outcome).toBe('failed');
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      server.close();
    }
  });

  it('says it failed when nothing listens', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { sendMail } = await mailWith('smtp://127.0.0.1:1');
    expect(await sendMail({ to: 'x@example.org', subject: 's', text: 't' })).toBe('failed');
  });
});
