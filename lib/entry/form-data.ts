// Form submissions as the action wrapper (lib/entry/action.ts) reads them. Pure: safe anywhere.

/**
 * The hidden field the form driver adds to every submission, with a key made once per form render
 * (components/forms/use-action-form.ts): two submissions of one render are one request, applied once.
 */
export const IDEMPOTENCY_FIELD = 'idempotencyKey';
const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The submission's key, if it carries a well-formed one. */
export function idempotencyKeyOf(input: unknown): string | undefined {
  const key = input && typeof input === 'object' ? (input as Record<string, unknown>)[IDEMPOTENCY_FIELD] : undefined;
  return typeof key === 'string' && KEY.test(key) ? key.toLowerCase() : undefined;
}

/** What the user submitted, handed back on failure so the form shows it again instead of losing it. */
export type TFormValues = Record<string, string | string[] | boolean>;

const NUL = /\u0000/g;

/**
 * The input without NUL characters, in every string however deep. No one types one; PostgreSQL
 * refuses one in any text, so one left in would turn a refusal into a server error.
 */
export function withoutNul(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(NUL, '');
  if (Array.isArray(value)) return value.map(withoutNul);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replace(NUL, ''), withoutNul(v)]));
  }
  return value;
}

/** Whether a NUL character is in any string of the value, however deep (an API refuses it, with a 400). */
export function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v));
  return false;
}

/** FormData to a plain object; checkboxes become booleans, repeated names become arrays. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === 'string').map((v) => v.replace(NUL, ''));
    out[key.replace(NUL, '')] = all.length > 1 ? all : all[0] === 'on' ? true : all[0];
  }
  return out;
}

// Secrets are never sent back: a refused password form comes back empty in those fields.
const SECRET_FIELD = /password|confirm|token|secret/i;
export function echoable(values: TFormValues): TFormValues {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELD.test(k)));
}

