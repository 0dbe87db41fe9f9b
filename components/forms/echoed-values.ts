import type { TActionResult, TFormValues } from '@/lib/entry/action';
import { conflictOf, fieldOfInput, valuesAfterConflict, type TFieldOf } from '@/lib/validation/edits';

/**
 * What a form shows after its action answered: when the save was refused, what the user sent
 * (lib/entry/action.ts echoes it back, without secrets), else the values it opened with; and the field
 * errors. React resets a form after its action, so the fields take these as their defaults.
 * After an edit conflict, the fields the user did not change show what is saved now, and
 * `original` (what the form sends as opened with) becomes that, so "save my version" writes only
 * the user's own changes (lib/validation/edits.ts).
 */
function sentOriginal(values: TFormValues | undefined): TFormValues | undefined {
  try {
    return typeof values?.original === 'string' ? (JSON.parse(values.original) as TFormValues) : undefined;
  } catch {
    return undefined;
  }
}

export function echoedValues(state: TActionResult<unknown> | null, initial: TFormValues = {}, fieldOf: TFieldOf = fieldOfInput) {
  const failed = state && !state.ok ? state : null;
  const conflict = conflictOf(failed?.details);
  const v = (conflict && failed?.values ? valuesAfterConflict(failed.values, conflict, fieldOf) : (failed?.values ?? initial)) as TFormValues;
  return {
    failed,
    conflict,
    // After a refusal for another reason, the form keeps what it said it was opened with.
    original: conflict?.current ?? sentOriginal(failed?.values) ?? initial,
    err: failed?.fieldErrors ?? {},
    str: (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : ''),
    bool: (k: string) => v[k] === true || v[k] === 'on',
    list: (k: string) => ([] as unknown[]).concat(v[k] ?? []),
  };
}
