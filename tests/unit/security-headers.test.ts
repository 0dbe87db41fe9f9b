import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce, servedOverHttps } from '../../lib/http/security-headers';

const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

describe('the Content-Security-Policy', () => {
  it('runs only scripts with this request’s nonce, or loaded by them, and none inline', () => {
    const script = directives(contentSecurityPolicy('abc123=='))
      .get('script-src')!;
    expect(script).toContain("'nonce-abc123=='");
    expect(script).toContain("'strict-dynamic'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy('n', { dev: true })).get('script-src')).toContain("'unsafe-eval'");
  });

  it('names no other host: everything is self-hosted', () => {
    const policy = contentSecurityPolicy('n');
    expect(policy).not.toMatch(/https?:|\*/);
    expect(directives(policy).get('object-src')).toEqual(["'none'"]);
    expect(directives(policy).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('makes a new 128-bit nonce every time', () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const n of nonces) expect(Buffer.from(n, 'base64')).toHaveLength(16);
  });
});

describe('HSTS', () => {
  it('is sent only when the browser came over HTTPS', () => {
    expect(servedOverHttps('https://leaven.example.org', null)).toBe(true);
    expect(servedOverHttps(undefined, 'https')).toBe(true);
    expect(servedOverHttps(undefined, 'https, http')).toBe(true);
    expect(servedOverHttps('http://localhost:3000', 'http')).toBe(false);
    expect(servedOverHttps(undefined, null)).toBe(false);
  });
});
