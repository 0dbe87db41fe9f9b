import { describe, expect, it } from 'vitest';
import { formDataToObject, withoutNul } from '@/lib/entry/form-data';
import { refuseMalformedRequest } from '@/lib/entry/request-guard';

// What Next.js would answer with a 500 before any of Leaven's code runs (a server action's body
// that React never sends; an address holding a NUL) is refused first, with 400 or 413.

const action = (body: BodyInit, type = 'text/plain;charset=UTF-8', url = 'http://leaven.test/people') =>
  new Request(url, { method: 'POST', headers: { 'Next-Action': '7f00', 'Content-Type': type }, body });

const statusOf = async (request: Request) => (await refuseMalformedRequest(request))?.status ?? 'passed';

describe('requests refused before Next.js reads them', () => {
  it('lets what React sends through', async () => {
    expect(await statusOf(action('[null,{"q":"ana"}]'))).toBe('passed');
    const form = new FormData();
    form.set('$ACTION_ID_7f00', '');
    form.set('name', 'Club Sierra Alta');
    expect(await statusOf(new Request('http://leaven.test/circles/new', { method: 'POST', body: form }))).toBe('passed');
    expect(await statusOf(new Request('http://leaven.test/people?q=ana%20mar%C3%ADa'))).toBe('passed');
  });

  it('refuses a body that is not JSON, nested thousands deep, a broken form, or over 1 MB', async () => {
    expect(await statusOf(action('garbage{{'))).toBe(400);
    expect(await statusOf(action(`${'['.repeat(5_000)}${']'.repeat(5_000)}`))).toBe(400);
    expect(await statusOf(action(JSON.stringify([null, { q: '{'.repeat(5_000) }])))).toBe('passed'); // brackets inside a string are text
    expect(await statusOf(action('xx', 'multipart/form-data; boundary=zz'))).toBe(400);
    expect(await statusOf(new Request('http://leaven.test/people', { method: 'POST', headers: { 'Content-Type': 'multipart/form-data; boundary=zz' }, body: 'xx' }))).toBe(400);
    expect(await statusOf(action(`[null,{"q":"${'a'.repeat(1_100_000)}"}]`))).toBe(413);
    expect(await statusOf(action(new Uint8Array([0xff, 0xfe, 0x00, 0x5b])))).toBe(400);
  });

  it('refuses an address holding a NUL character, on any page', async () => {
    expect(await statusOf(new Request('http://leaven.test/people?q=a%00b'))).toBe(400);
    expect(await statusOf(new Request('http://leaven.test/people/%00'))).toBe(400);
  });

  it('leaves API routes and the upload to read their own bodies', async () => {
    expect(await statusOf(new Request('http://leaven.test/api/osdi/v1/people', { method: 'POST', body: 'garbage{{' }))).toBe('passed');
    expect(await statusOf(new Request('http://leaven.test/imports/upload', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: 'a,b\0' }))).toBe('passed');
  });
});

describe('the one form-data parser', () => {
  it('takes NUL characters out of every name and value, in forms and in objects', () => {
    const form = new FormData();
    form.set('given\u0000Name', 'Ro\u0000sa');
    form.append('tags', 'a\u0000');
    form.append('tags', 'b');
    expect(formDataToObject(form)).toEqual({ givenName: 'Rosa', tags: ['a', 'b'] });
    expect(withoutNul({ q: 'a\u0000b', list: ['\u0000x', 3, null], nested: { k: 'v\u0000' } })).toEqual({ q: 'ab', list: ['x', 3, null], nested: { k: 'v' } });
  });
});
