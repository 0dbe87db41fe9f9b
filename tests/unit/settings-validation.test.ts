import { describe, expect, it } from 'vitest';
import en from '../../messages/en/common.json';
import es from '../../messages/es/common.json';
import { purgeDateOf, ZTrashRetention } from '@/lib/validation/settings';

const issues = (input: Record<string, unknown>) => {
  const r = ZTrashRetention.safeParse({ version: '1', ...input });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('the trash retention as typed', () => {
  it('takes a whole number of days from 1 to 3650', () => {
    expect(ZTrashRetention.parse({ trashRetentionDays: '1', version: '3' })).toEqual({ trashRetentionDays: 1, version: 3 });
    expect(ZTrashRetention.parse({ trashRetentionDays: ' 3650 ', version: '1' }).trashRetentionDays).toBe(3650);
  });

  it('refuses blank, zero, negative, too many, fractions and words, with one message for the field', () => {
    for (const bad of ['', '0', '-5', '3651', '1.5', 'thirty', '1e9']) expect(issues({ trashRetentionDays: bad }), bad).toEqual(['trashRetentionDays:retentionDays']);
    expect(issues({})).toEqual(['trashRetentionDays:retentionDays']);
  });

  it('has that message in both languages', () => {
    expect(en.errors.retentionDays).toMatch(/1 to 3650/);
    expect(es.errors.retentionDays).toMatch(/1 a 3650/);
  });

  it('dates the purge a whole number of 24-hour days after the deletion', () => {
    expect(purgeDateOf(new Date('2026-11-30T15:00:00Z'), 30).toISOString()).toBe('2026-12-30T15:00:00.000Z');
  });
});
