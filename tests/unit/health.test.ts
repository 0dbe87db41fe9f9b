import { describe, expect, it } from 'vitest';
import { healthAnswer } from '../../lib/data/health';

// GET /api/health's answer: 200 while this server can serve, 503 when it cannot; the body names
// each check and nothing else (no versions, no counts).

describe('the health answer', () => {
  it('is 200 when the database answers and has every migration, naming each check', () => {
    expect(healthAnswer({ database: 'ok', migrations: 'current', worker: 'running' })).toEqual({
      status: 200,
      body: { status: 'ok', database: 'ok', migrations: 'current', worker: 'running' },
    });
  });

  it('stays 200 when no worker is alive, so a load balancer keeps the server, and says so for a monitor', () => {
    expect(healthAnswer({ database: 'ok', migrations: 'current', worker: 'stopped' })).toEqual({
      status: 200,
      body: { status: 'ok', database: 'ok', migrations: 'current', worker: 'stopped' },
    });
  });

  it('is 503 when the database does not answer, or lacks a migration', () => {
    expect(healthAnswer({ database: 'unreachable', migrations: 'unknown', worker: 'unknown' })).toEqual({
      status: 503,
      body: { status: 'failing', database: 'unreachable', migrations: 'unknown', worker: 'unknown' },
    });
    expect(healthAnswer({ database: 'ok', migrations: 'pending', worker: 'running' }).status).toBe(503);
  });
});
