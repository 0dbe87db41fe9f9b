import { describe, expect, it } from 'vitest';
import { sameOriginPath } from '@/lib/validation/next-path';

// Where sign-in sends the user afterwards comes from the URL (`/login?next=…`), so anyone can
// write it into a link: it must never leave the site, however it is spelled.

const NASTY = [
  '/\t/evil.example/', // %2F%09%2Fevil.example%2F: browsers drop the tab and read //evil.example
  '/.//evil.example', // the dot segment resolves to //evil.example
  '/././/evil.example',
  '/..//evil.example',
  '/a/..//evil.example',
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/\\/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '/\u0000/evil.example',
  '/\u007f/evil.example',
  'https://evil.example',
  'http:/evil.example',
  'HTTPS://evil.example/',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  ' /evil.example',
  'evil.example',
  '',
];

describe('the page to go to after sign-in', () => {
  it.each(NASTY)('never leaves the site: %j', (next) => {
    const path = sameOriginPath(next);
    expect(path.startsWith('/')).toBe(true);
    expect(path.startsWith('//')).toBe(false);
    expect(new URL(path, 'https://leaven.example.org').origin).toBe('https://leaven.example.org');
    expect(path).toBe('/');
  });

  it('keeps a path of this site, with its query', () => {
    expect(sameOriginPath('/people?ward=25&q=garc%C3%ADa')).toBe('/people?ward=25&q=garc%C3%ADa');
    expect(sameOriginPath('/me')).toBe('/me');
    expect(sameOriginPath('/people/../circles')).toBe('/circles');
    expect(sameOriginPath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
    expect(sameOriginPath(undefined)).toBe('/');
    expect(sameOriginPath('/'.padEnd(3_000, 'a'))).toBe('/');
  });
});
