import { regexes } from 'zod';
import { importPhone } from '@/lib/import/phone';
import { distinctTags } from '@/lib/validation/form-helpers';
import { LIMITS } from '@/lib/validation/limits';
import { LANGUAGES } from '@/lib/validation/person';
import type { LadderStage, PhoneType, VoterStatus } from '@/lib/generated/prisma/enums';
import { isForbiddenName, normaliseName } from '@/lib/vocabulary/privacy';

// How one cell's text becomes a value Leaven keeps. Each returns the value, null for an empty
// cell, or a problem code that the report of rows to fix explains.

export type TProblem = 'invalid' | 'unknown' | 'ambiguous' | 'tooLong';
export type TResult<T> = { ok: true; value: T | null } | { ok: false; problem: TProblem };

const ok = <T>(value: T | null): TResult<T> => ({ ok: true, value });
const fail = <T>(problem: TProblem): TResult<T> => ({ ok: false, problem });
const word = (raw: string) => normaliseName(raw).replace(/\./g, '');

/** A cell our own CSV export made formula-safe ("'=...", lib/csv/write.ts) comes back as it was. */
export const unescapeFormula = (v: string) => (v.charCodeAt(0) === 39 && /^'[=+\-@]/.test(v) ? v.slice(1) : v);

export function text(raw: string, max: number): TResult<string> {
  const v = unescapeFormula(raw.trim().replace(/\s+/g, ' '));
  if (v === '') return ok(null);
  return v.length > max ? fail('tooLong') : ok(v);
}

/** Several values in one cell: "a, b; c". */
export const splitList = (raw: string, separators = /[,;|]/) =>
  raw
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);

// The same rule as the person form (zod's email check), so an import keeps what the form would.
const EMAIL = regexes.email;

export function emails(raw: string): TResult<string[]> {
  const list = splitList(raw, /[,;\s]+/).map((e) => e.toLowerCase());
  if (list.length === 0) return ok(null);
  if (list.some((e) => e.length > LIMITS.email || !EMAIL.test(e))) return fail('invalid');
  return ok(list);
}

/** Numbers without a country code are read as `country`'s (the organization's setting). */
export function phones(raw: string, country?: string): TResult<string[]> {
  const list = splitList(raw, /[,;/|]/);
  if (list.length === 0) return ok(null);
  const out: string[] = [];
  for (const p of list) {
    const e164 = importPhone(p, country);
    if (!e164) return fail('invalid');
    out.push(e164);
  }
  return ok(out);
}

const TRUE = new Set(['true', 't', 'yes', 'y', '1', 'x', 'si', 'verdadero', 'v', 'subscribed', 'suscrito', 'suscrita', 'optedin', 'optin', 'ok']);
// Action Network's statuses: only "subscribed" is a yes; bouncing, a spam complaint (now or
// before) and a previous bounce all say not to send.
const FALSE = new Set([
  'false', 'f', 'no', 'n', '0', 'falso', 'unsubscribed', 'bouncing', 'bounced', 'spamcomplaint', 'optedout', 'optout',
  'previousbounce', 'previousspamcomplaint',
  'desuscrito', 'desuscrita', 'dadodebaja', 'dadadebaja', 'nosuscrito', 'nosuscrita',
]);
// Nobody asked (Leaven's own export writes "unknown"): no answer, as a blank cell.
const UNKNOWN = new Set(['unknown', 'desconocido', 'desconocida', 'nosabe', 'ns']);

/** TRUE/FALSE as spreadsheets and NationBuilder write them, yes/no, sí/no, and Action Network's subscription statuses. */
export function boolean(raw: string): TResult<boolean> {
  const w = word(raw);
  if (w === '' || UNKNOWN.has(w)) return ok(null);
  if (TRUE.has(w)) return ok(true);
  if (FALSE.has(w)) return ok(false);
  return fail('unknown');
}

const PHONE_TYPES: Record<string, Exclude<PhoneType, 'UNKNOWN'>> = {
  mobile: 'MOBILE', cell: 'MOBILE', cellphone: 'MOBILE', cellular: 'MOBILE', celular: 'MOBILE', movil: 'MOBILE',
  landline: 'LANDLINE', fijo: 'LANDLINE', telefonofijo: 'LANDLINE', lineafija: 'LANDLINE',
};

/** What kind of line a number is: mobile or landline; "unknown" or blank says nothing. */
export function phoneType(raw: string): TResult<Exclude<PhoneType, 'UNKNOWN'>> {
  const w = word(raw);
  if (w === '' || UNKNOWN.has(w)) return ok(null);
  return PHONE_TYPES[w] ? ok(PHONE_TYPES[w]) : fail('unknown');
}

export function voter(raw: string): TResult<VoterStatus> {
  const w = word(raw);
  if (w === '') return ok(null);
  if (['unknown', 'desconocido', 'ns', 'nose', 'dk'].includes(w)) return ok('UNKNOWN');
  if (['registered', 'registrado', 'registrada'].includes(w)) return ok('YES');
  if (['notregistered', 'noregistrado', 'noregistrada'].includes(w)) return ok('NO');
  const b = boolean(raw);
  return b.ok ? ok(b.value === null ? null : b.value ? 'YES' : 'NO') : fail('unknown');
}

const STAGES: Record<string, LadderStage> = {
  contact: 'CONTACT', contacto: 'CONTACT',
  supporter: 'SUPPORTER', simpatizante: 'SUPPORTER', partidario: 'SUPPORTER', partidaria: 'SUPPORTER',
  volunteer: 'VOLUNTEER', voluntario: 'VOLUNTEER', voluntaria: 'VOLUNTEER', voluntarioa: 'VOLUNTEER',
  member: 'MEMBER', miembro: 'MEMBER', miembra: 'MEMBER', socio: 'MEMBER', socia: 'MEMBER',
  leader: 'LEADER', lider: 'LEADER', lideresa: 'LEADER',
};

export function stage(raw: string): TResult<LadderStage> {
  const w = word(raw);
  if (w === '') return ok(null);
  return STAGES[w] ? ok(STAGES[w]) : fail('unknown');
}

const LANGUAGE_NAMES: Record<string, (typeof LANGUAGES)[number]> = {
  es: 'es', spa: 'es', spanish: 'es', espanol: 'es', castellano: 'es',
  en: 'en', eng: 'en', english: 'en', ingles: 'en',
  pt: 'pt', por: 'pt', portuguese: 'pt', portugues: 'pt',
  zh: 'zh', chi: 'zh', chinese: 'zh', chino: 'zh', mandarin: 'zh', cantonese: 'zh', cantones: 'zh',
  ar: 'ar', ara: 'ar', arabic: 'ar', arabe: 'ar',
  pl: 'pl', pol: 'pl', polish: 'pl', polaco: 'pl',
};

/** Language names or codes in English or Spanish; any other language is kept as "other". */
export function languages(raw: string): TResult<string[]> {
  const list = splitList(raw, /[,;|/]/).map((l) => LANGUAGE_NAMES[word(l)] ?? 'other');
  return ok(list.length ? [...new Set(list)] : null);
}

/** The language Leaven speaks to them in: Spanish or English; any other is kept as a language they speak. */
export function preferredLanguage(raw: string): { preferred: 'es' | 'en' | null; spoken: string[] } {
  const parsed = languages(raw);
  const first = parsed.ok ? parsed.value?.[0] : undefined;
  if (!first) return { preferred: null, spoken: [] };
  return first === 'es' || first === 'en' ? { preferred: first, spoken: [] } : { preferred: null, spoken: [first] };
}

export type TTags = { tags: string[]; dropped: number };

/** Tags as written (distinctTags); a tag naming a forbidden concept is dropped, never stored. */
export function tags(raw: string): TResult<TTags> {
  const list = splitList(raw).map((t) => t.replace(/\s+/g, ' '));
  if (list.length === 0) return ok(null);
  if (list.some((t) => t.length > LIMITS.tag)) return fail('tooLong');
  const kept = list.filter((t) => !isForbiddenName(t));
  return ok({ tags: distinctTags(kept), dropped: list.length - kept.length });
}
