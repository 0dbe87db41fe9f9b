import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../lib/data/people/search';
import { decodeCursor, encodeCursor, PEOPLE_FILTER_PARAMS, peopleListHref, peopleViewOf, ZPeopleListParams } from '../../lib/validation/search-params';

describe('the people table in the URL', () => {
  it('round-trips a cursor, accents and all, in a URL-safe token', () => {
    const cursor = { sort: 'name' as const, dir: 'desc' as const, key: ['núñez josé', '7d1f3a52-9a0e-4c1b-8d55-3f0d7b0e2a11'] };
    const token = encodeCursor(cursor);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(token)).toEqual(cursor);
    expect(ZPeopleListParams.parse({ after: token }).after).toEqual(cursor);
  });

  it('ignores a cursor that is not one of ours', () => {
    expect(decodeCursor('not base64 at all ☃')).toBeUndefined();
    expect(decodeCursor(btoa(JSON.stringify(['shoe', 'asc', 'x'])))).toBeUndefined();
    expect(decodeCursor(btoa(JSON.stringify({ sort: 'name' })))).toBeUndefined();
    expect(decodeCursor(btoa(JSON.stringify(['name', 'asc', 'x'.repeat(400)])))).toBeUndefined();
    expect(ZPeopleListParams.parse({ before: 'e30' }).before).toBeUndefined();
  });

  it('keeps links short: defaults and empty filters are left out', () => {
    expect(peopleListHref({ sort: 'name', dir: 'asc', size: 50, q: '', due: false })).toBe('/people');
    expect(peopleListHref({ sort: 'stage', dir: 'desc', size: 25, due: true, q: 'josé' })).toBe('/people?sort=stage&dir=desc&size=25&due=1&q=jos%C3%A9');
  });

  it('gives the table and its CSV export the same view: every filter, the search and the sort, but no page', () => {
    const uuid = '7d1f3a52-9a0e-4c1b-8d55-3f0d7b0e2a11';
    const url = { q: 'josé', ward: uuid, precinct: uuid, circle: uuid, org: uuid, tag: uuid, stage: 'MEMBER', lang: 'es', speaks: 'pl', voter: 'NO', due: '1', quiet: '60', sort: 'stage', dir: 'desc', size: '25' };
    const view = peopleViewOf(ZPeopleListParams.parse(url));
    expect(view).toEqual({
      q: 'josé', wardId: uuid, precinctId: uuid, circleId: uuid, organizationId: uuid, tagId: uuid,
      stage: 'MEMBER', language: 'es', speaks: 'pl', voter: 'NO', followUpDue: true, quiet: 60, sort: 'stage', dir: 'desc',
    });
    expect(peopleViewOf(ZPeopleListParams.parse({ quiet: 'never' })).quiet).toBe('never');
    expect(peopleViewOf(ZPeopleListParams.parse({ quiet: '0' })).quiet).toBeUndefined();
    // A filter added to the URL but not to the view would export more than the table shows.
    for (const k of PEOPLE_FILTER_PARAMS) {
      const without = peopleViewOf(ZPeopleListParams.parse({ ...url, [k]: undefined }));
      expect(without, k).not.toEqual(view);
    }
    expect(peopleListHref({ q: 'núñez', stage: 'MEMBER', sort: 'precinct', dir: 'desc' }, '/people/export/csv')).toBe('/people/export/csv?q=n%C3%BA%C3%B1ez&stage=MEMBER&sort=precinct&dir=desc');
  });
});

describe('what a search looks for', () => {
  it('reads names, e-mail fragments and phone digits from what was typed', () => {
    expect(searchTerms('  ')).toBeNull();
    expect(searchTerms('!!')).toBeNull();
    expect(searchTerms('ma')).toMatchObject({ names: true, email: null, digits: null });
    // Short plain words are names; a sign of an address or a longer word is also an e-mail fragment.
    expect(searchTerms('mar')?.email).toBeNull();
    expect(searchTerms('lopez12')?.email).toBe('%lopez12%');
    expect(searchTerms('Ana.Nunez@')?.email).toBe('%ana.nunez@%');
    expect(searchTerms('José Núñez')).toMatchObject({ names: true, email: null });
    // LIKE's own signs are searched for literally.
    expect(searchTerms('a_b%c')?.email).toBe('%a\\_b\\%c%');
    expect(searchTerms('(773) 555-0123')).toMatchObject({ names: false, digits: '7735550123' });
    expect(searchTerms('555')?.digits).toBeNull();
  });
});
