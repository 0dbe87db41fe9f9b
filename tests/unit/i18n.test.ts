import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../lib/i18n/config';
import { loadMessages, MESSAGE_FILES } from '../../lib/i18n/messages';

const en = await loadMessages('en');
const es = await loadMessages('es');

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('the English and Spanish catalogs', () => {
  it('split by area without two files defining the same top-level key', async () => {
    for (const locale of ['en', 'es']) {
      const tops = await Promise.all(MESSAGE_FILES.map(async (f) => Object.keys((await import(`../../messages/${locale}/${f}.json`)).default)));
      const all = tops.flat();
      expect(new Set(all).size, locale).toBe(all.length);
    }
  });

  it('have exactly the same keys', () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });

  it('have no empty message, and Spanish is not a copy of English', () => {
    const flat = (o: object) => Object.fromEntries(keys(o).map((k) => [k, k.split('.').reduce<unknown>((a, p) => (a as Record<string, unknown>)[p], o)]));
    const e = flat(en);
    const s = flat(es);
    for (const k of Object.keys(e)) expect(String(s[k]).trim(), k).not.toBe('');
    const same = Object.keys(e).filter((k) => e[k] === s[k] && String(e[k]).length > 12);
    expect(same).toEqual([]);
  });
});

describe('resolveLocale', () => {
  it('prefers the remembered choice, then the browser, then English', () => {
    expect(resolveLocale('es', 'en-US,en;q=0.9')).toBe('es');
    expect(resolveLocale(undefined, 'es-MX,es;q=0.9,en;q=0.8')).toBe('es');
    expect(resolveLocale(undefined, 'fr-FR,es;q=0.5')).toBe('es');
    expect(resolveLocale('xx', 'de-DE')).toBe('en');
    expect(resolveLocale(undefined, null)).toBe('en');
  });
});

describe('labels the code looks up by name', () => {
  it('exist for every merge field, in both languages', async () => {
    const { MERGE_FIELDS } = await import('../../lib/validation/merge');
    for (const messages of [en, es]) {
      const fields = (messages.personForm as { field: Record<string, string> }).field;
      for (const f of [...MERGE_FIELDS, 'phones', 'emails']) expect(fields[f], f).toBeTruthy();
    }
  });

  it('exist for every field a CSV column can be imported into, and every consent answer, in both languages', async () => {
    const { IMPORT_FIELDS } = await import('../../lib/vocabulary/import-fields');
    const { Consent, EmailStatus, PhoneType } = await import('../../lib/generated/prisma/enums');
    for (const messages of [en, es]) {
      const fields = (messages.imports as { field: Record<string, string> }).field;
      for (const f of IMPORT_FIELDS) expect(fields[f], f).toBeTruthy();
      const consent = messages.consent as Record<string, Record<string, string>>;
      for (const v of Object.values(PhoneType)) expect(consent.phoneTypes![v], v).toBeTruthy();
      for (const v of Object.values(Consent)) expect([consent.smsAnswers![v], consent.smsShown![v]].every(Boolean), v).toBe(true);
      for (const v of Object.values(EmailStatus)) expect([consent.emailAnswers![v], consent.emailShown![v]].every(Boolean), v).toBe(true);
    }
  });
});
