import { describe, expect, it } from 'vitest';
import { uuidV7 } from '@/lib/import/uuid-v7';

describe('uuidV7', () => {
  it('is a version-7 uuid that begins with the time it was made', () => {
    const at = Date.UTC(2026, 10, 30, 12, 0, 0, 123);
    const id = uuidV7(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('sorts later ids after earlier ones, and draws different ids in the same millisecond', () => {
    const a = uuidV7(1_800_000_000_000);
    const b = uuidV7(1_800_000_000_001);
    expect([b, a].sort()).toEqual([a, b]);
    const same = new Set(Array.from({ length: 1000 }, () => uuidV7(1_800_000_000_000)));
    expect(same.size).toBe(1000);
  });
});
