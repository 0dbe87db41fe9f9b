import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../lib/auth/client-address';
import { ZAuditParams } from '../../lib/validation/audit';
import { acceptInvitationInput } from '../../lib/validation/invitation';

const ZAcceptInvitationInput = acceptInvitationInput({ phoneCountry: 'US' });

describe('the client address', () => {
  const h = (entries: Record<string, string>) => new Headers(entries);
  it('takes the entry the nearest proxy added, then x-real-ip, then a constant', () => {
    expect(clientAddress(h({ 'x-forwarded-for': '6.6.6.6, 203.0.113.4' }))).toBe('203.0.113.4');
    expect(clientAddress(h({ 'x-real-ip': '198.51.100.2' }))).toBe('198.51.100.2');
    expect(clientAddress(h({}))).toBe('unknown');
  });
});

describe('audit log URL filters', () => {
  it('drop bad values instead of failing', () => {
    expect(ZAuditParams.parse({ action: 'DROP TABLE', user: 'x', from: '2026-13-45', page: '-3', person: 'nope' })).toEqual({ page: 1 });
    expect(ZAuditParams.parse({ action: 'EXPORT', from: '2026-12-01', page: '2' })).toEqual({ action: 'EXPORT', from: '2026-12-01', page: 2 });
  });
});

describe('accepting an invitation', () => {
  it('needs a 12-character password typed twice, and a dialable phone if any', () => {
    const token = 'A'.repeat(43);
    const ok = ZAcceptInvitationInput.safeParse({ token, password: 'twelve chars', confirm: 'twelve chars', phone: '773 555 0123' });
    expect(ok.success && ok.data.phone).toBe('+17735550123');
    const bad = ZAcceptInvitationInput.safeParse({ token, password: 'short', confirm: 'different', phone: '12' });
    expect(bad.success ? [] : bad.error.issues.map((i) => `${i.path.join('.')}:${i.message}`).sort()).toEqual(['password:passwordTooShort', 'phone:phoneInvalid']);
    // Without a person record the name is asked too, and reported with the password's problems at once.
    const empty = ZAcceptInvitationInput.safeParse({ token, password: '', confirm: '', needsPerson: '1', givenName: '', familyName: '' });
    expect(empty.success ? [] : empty.error.issues.map((i) => `${i.path.join('.')}:${i.message}`).sort()).toEqual(['confirm:required', 'givenName:nameRequired', 'password:passwordTooShort']);
    const mismatch = ZAcceptInvitationInput.safeParse({ token, password: 'twelve chars', confirm: 'twelve charz' });
    expect(mismatch.success ? [] : mismatch.error.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual(['confirm:passwordMismatch']);
  });
});
