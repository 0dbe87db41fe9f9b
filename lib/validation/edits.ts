import { z } from 'zod';
import { ZVersion } from '@/lib/validation/form-helpers';

// Two people editing one versioned record at once (a person, My profile, a circle, an
// organization, a mobilization), told apart three ways: what the form was opened with (its hidden
// `original`, the inputs' values as the page gave them), what the user sent, and what is saved
// now. A user's edits are the fields they changed from the original; a save writes only those, so
// a field someone else changed meanwhile keeps that person's value unless both changed it.

/** A form's inputs by name, as the page fills them ("phones.0.e164": "(773) 555-0123"). */
export type TInputValues = Record<string, unknown>;
/** Which record field an input belongs to ("phones.0.e164" is part of "phones"). */
export type TFieldOf = (input: string) => string;
/** What a save learned from the form: what it was opened with, and the fields the user changed. */
export type TEdits = { original: TInputValues; edited: string[] };

export const fieldOfInput: TFieldOf = (input) => input.split('.')[0]!;

/** An input's value as compared: blank, unticked and absent alike; a ticked box as "true"; spaces at the ends ignored. */
function canon(value: unknown): string {
  if (value === undefined || value === null || value === false) return '';
  if (value === true || value === 'on') return 'true';
  if (Array.isArray(value)) return value.map(canon).join('\u001f');
  return String(value).trim();
}

// A contact row with no number or address is an empty row, whatever its boxes say (the forms show
// empty rows with "texts OK" ticked).
const ROW = /^(phones|emails)\.(\d+)\.\w+$/;
const ROW_MAIN: Record<string, string> = { phones: 'e164', emails: 'email' };

function canonical(values: TInputValues): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(values)) {
    const row = ROW.exec(name);
    const empty = row && canon(values[`${row[1]}.${row[2]}.${ROW_MAIN[row[1]!]}`]) === '';
    out.set(name, empty ? '' : canon(value));
  }
  return out;
}

/**
 * The fields (among those `original` has inputs for) whose inputs differ between two sets of a
 * form's values: what the user changed, given what they sent; what someone else changed, given
 * what is saved now.
 */
export function editedFields(values: TInputValues, original: TInputValues, fieldOf: TFieldOf = fieldOfInput): string[] {
  const now = canonical(values);
  const before = canonical(original);
  const fields = new Set(Object.keys(original).map(fieldOf));
  const changed = new Set<string>();
  for (const name of new Set([...now.keys(), ...before.keys()])) {
    const field = fieldOf(name);
    if (fields.has(field) && (now.get(name) ?? '') !== (before.get(name) ?? '')) changed.add(field);
  }
  return [...changed];
}

/** A form's hidden `original`, read as the object it holds; anything else (or too long) is none. */
function originalOf(text: unknown): TInputValues | undefined {
  if (typeof text !== 'string' || text.length > 100_000) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as TInputValues) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A versioned form's input, before its own schema reads it: the hidden `original` parsed, and
 * `edited` worked out from it and what was sent (never taken from the sender). Without an
 * original (a form that sent none, a script), `edited` is absent and every field given is saved.
 */
export const withEdits =
  (fieldOf: TFieldOf = fieldOfInput) =>
  (raw: unknown): unknown => {
    const input = (raw ?? {}) as TInputValues;
    const original = originalOf(input.original);
    return { ...input, original, edited: original ? editedFields(input, original, fieldOf) : undefined };
  };

/** The fields withEdits adds, and the version a user chose to save over after a conflict. */
export const EDIT_FIELDS = {
  original: z.record(z.string(), z.unknown()).optional(),
  edited: z.array(z.string()).optional(),
  acceptVersion: ZVersion.optional(),
};

/** What a save passes the data layer: the edits, when the form sent what it was opened with. */
export function editsOf(form: { original?: TInputValues; edited?: string[] }): TEdits | undefined {
  return form.original && form.edited ? { original: form.original, edited: form.edited } : undefined;
}

/** A record's fields as a form's inputs hold them: text, with nothing as blank. */
export function recordInputValues(record: Record<string, unknown>, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, record[f] == null ? '' : String(record[f])]));
}

/** A refused save's CONFLICT as a form reads it (lib/data/edits.ts's staleEdit sends it). */
export type TConflict = {
  currentVersion: number;
  /** What is saved now, as the form's inputs; absent when the form did not say what it was opened with. */
  current?: TInputValues;
  /** The fields the user changed, and those someone else changed meanwhile. */
  edited: string[];
  theirs: string[];
};

export function conflictOf(details: Record<string, unknown> | undefined): TConflict | null {
  if (typeof details?.currentVersion !== 'number') return null;
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const current = details.current && typeof details.current === 'object' ? (details.current as TInputValues) : undefined;
  return { currentVersion: details.currentVersion, current, edited: list(details.edited), theirs: list(details.theirs) };
}

/** The form after a conflict: what is saved now in every field the user did not change, the user's own values in those they did. */
export function valuesAfterConflict(mine: TInputValues, conflict: TConflict, fieldOf: TFieldOf = fieldOfInput): TInputValues {
  if (!conflict.current) return mine;
  const kept = Object.entries(mine).filter(([k]) => !(k in conflict.current!) || conflict.edited.includes(fieldOf(k)));
  const theirs = Object.entries(conflict.current).filter(([k]) => !conflict.edited.includes(fieldOf(k)));
  return Object.fromEntries([...kept, ...theirs]);
}
