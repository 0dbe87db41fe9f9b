// The languages a person may prefer: ISO 639-1 codes, named in the reader's language by the
// platform (Intl.DisplayNames), so no catalog has to list them. The common ones in the
// neighbourhoods Leaven serves; a person's own language is always offered, even if it is not here.

export const COMMON_LANGUAGES = [
  'es', 'en', 'am', 'ar', 'bn', 'bs', 'de', 'el', 'fa', 'fr', 'gu', 'he', 'hi', 'hr', 'ht', 'hy', 'id', 'it', 'ja', 'ka', 'km', 'ko',
  'lo', 'lt', 'my', 'ne', 'pa', 'pl', 'ps', 'pt', 'ro', 'ru', 'sm', 'so', 'sq', 'sr', 'sw', 'ta', 'te', 'th', 'ti', 'tl', 'tr', 'uk',
  'ur', 'uz', 'vi', 'yo', 'zh',
] as const;

/** A language code as stored: two or three lower-case letters (ISO 639-1, or 639-3 where there is no shorter one). */
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/** A language's name in `locale`, capitalised as a label ("Árabe"); the code itself if the platform has no name for it. */
export function languageName(code: string, locale: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
  } catch {
    // Not a code the platform accepts: shown as stored.
  }
  return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : code;
}

/**
 * The choices for a preferred language: Spanish and English first (most people here speak one of
 * them), then the rest by name in the reader's language, with `current` among them whatever it is,
 * so that saving a form never changes a language nobody touched.
 */
export function languageOptions(locale: string, current?: string | null): { value: string; label: string }[] {
  const codes = new Set<string>(COMMON_LANGUAGES);
  if (current) codes.add(current);
  const [first, rest] = [['es', 'en'], [...codes].filter((c) => c !== 'es' && c !== 'en')];
  const named = (c: string) => ({ value: c, label: languageName(c, locale) });
  return [...first.map(named), ...rest.map(named).sort((a, b) => a.label.localeCompare(b.label, locale))];
}
