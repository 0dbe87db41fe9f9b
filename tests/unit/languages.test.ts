import { describe, expect, it } from 'vitest';
import { COMMON_LANGUAGES, languageName, languageOptions } from '../../lib/format/languages';
import { personForm } from '../../lib/validation/person';
import { myProfileForm } from '../../lib/validation/me';

const ORG = { phoneCountry: 'US' };
const ZPersonForm = personForm(ORG);
const ZMyProfileForm = myProfileForm(ORG);

describe('preferred languages', () => {
  it('names each language in the reader’s language, as a label', () => {
    expect(languageName('ar', 'en')).toBe('Arabic');
    expect(languageName('ar', 'es')).toBe('Árabe');
    expect(languageName('pl', 'es')).toBe('Polaco');
    expect(languageName('zh', 'en')).toBe('Chinese');
    // A code the platform cannot name is shown as stored, never dropped.
    expect(languageName('xq', 'en')).toBe('xq');
  });

  it('offers Spanish and English first, then the rest by name, each once', () => {
    const options = languageOptions('es');
    expect(options.slice(0, 2).map((o) => o.value)).toEqual(['es', 'en']);
    const rest = options.slice(2).map((o) => o.label);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'es')));
    expect(new Set(options.map((o) => o.value)).size).toBe(COMMON_LANGUAGES.length);
    expect(options.find((o) => o.value === 'ar')?.label).toBe('Árabe');
  });

  it('always offers the person’s own language, even one not in the common list', () => {
    expect(languageOptions('en', 'quc').filter((o) => o.value === 'quc')).toHaveLength(1);
    expect(languageOptions('en', 'ar').filter((o) => o.value === 'ar')).toHaveLength(1);
  });

  it('lets the forms keep any language code, and refuses what is not one', () => {
    const person = (preferredLanguage: string) => ZPersonForm.safeParse({ givenName: 'Fátima', preferredLanguage });
    expect(person('ar').data?.preferredLanguage).toBe('ar');
    expect(person('quc').success).toBe(true);
    expect(person('Arabic').success).toBe(false);
    const me = ZMyProfileForm.safeParse({ version: '3', preferredLanguage: 'pl' });
    expect(me.data?.preferredLanguage).toBe('pl');
  });
});
