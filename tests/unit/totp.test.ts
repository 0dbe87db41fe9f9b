import { describe, expect, it } from 'vitest';
import { looksLikeRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from '../../lib/otp/recovery';
import { base32Decode, base32Encode, matchTotp, newTotpSecret, totpCode, totpStep, totpUri } from '../../lib/otp/totp';

// RFC 6238, appendix B: the SHA-1 test vectors, with the RFC's 20-byte ASCII secret.
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));
const VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it('computes the RFC test vectors', () => {
    expect(RFC_SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    for (const [seconds, code] of VECTORS) expect(totpCode(RFC_SECRET, totpStep(seconds * 1000), 8)).toBe(code);
    // Six digits, as authenticator apps show: the last six of the eight.
    expect(totpCode(RFC_SECRET, totpStep(59_000))).toBe('287082');
  });

  it('round-trips base32 and makes 160-bit secrets', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(base32Encode(base32Decode('JBSWY3DPEHPK3PXP'))).toBe('JBSWY3DPEHPK3PXP');
  });

  it('accepts the current step and one either side, and nothing further', () => {
    const secret = newTotpSecret();
    const now = 1_800_000_000_000;
    const step = totpStep(now);
    expect(matchTotp(secret, totpCode(secret, step), now)).toBe(step);
    expect(matchTotp(secret, totpCode(secret, step - 1), now)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, step + 1), now)).toBe(step + 1);
    expect(matchTotp(secret, totpCode(secret, step + 2), now)).toBeNull();
    expect(matchTotp(secret, totpCode(secret, step - 2), now)).toBeNull();
    expect(matchTotp(secret, `${totpCode(secret, step).slice(0, 3)} ${totpCode(secret, step).slice(3)}`, now)).toBe(step);
    expect(matchTotp(secret, 'abcdef', now)).toBeNull();
    expect(matchTotp(secret, '', now)).toBeNull();
  });

  it('writes the otpauth address authenticator apps read', () => {
    const uri = new URL(totpUri('JBSWY3DPEHPK3PXP', 'ana@example.org', 'Leaven'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Leaven:ana@example.org');
    expect(Object.fromEntries(uri.searchParams)).toEqual({ secret: 'JBSWY3DPEHPK3PXP', issuer: 'Leaven', algorithm: 'SHA1', digits: '6', period: '30' });
  });
});

describe('recovery codes', () => {
  it('are ten different 80-bit codes in groups of four, recognised however typed', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    const typed = ` ${codes[0]!.toUpperCase().replaceAll('-', ' ')} `;
    expect(normalizeRecoveryCode(typed)).toBe(codes[0]!.replaceAll('-', ''));
    expect(looksLikeRecoveryCode(typed)).toBe(true);
    expect(looksLikeRecoveryCode('123456')).toBe(false);
  });
});
