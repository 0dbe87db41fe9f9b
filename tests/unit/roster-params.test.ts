import { describe, expect, it } from 'vitest';
import { rosterHref, ZRosterParams } from '../../lib/validation/roster';

describe('a roster’s URL', () => {
  it('reads the search and the page, and falls back to everyone’s first page on anything else', () => {
    expect(ZRosterParams.parse({ q: ' Núñez ', page: '3' })).toEqual({ q: 'Núñez', page: 3 });
    expect(ZRosterParams.parse({})).toEqual({ q: undefined, page: 1 });
    expect(ZRosterParams.parse({ q: ['a', 'b'], page: '-2' })).toEqual({ q: 'a', page: 1 });
    expect(ZRosterParams.parse({ q: 'x'.repeat(101), page: 'two' })).toEqual({ q: undefined, page: 1 });
  });

  it('keeps the search in every page link, and leaves the first page’s number out', () => {
    expect(rosterHref('/circles/c1', { q: 'ana m', page: 2 })).toBe('/circles/c1?q=ana+m&page=2#roster');
    expect(rosterHref('/circles/c1', { page: 1 })).toBe('/circles/c1#roster');
  });
});
