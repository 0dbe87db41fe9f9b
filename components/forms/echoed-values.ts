import type { TActionResult, TFormValues } from '@/lib/entry/action';

/**
 * What a form shows after its action answered: when the save was refused, what the user sent
 * (lib/entry/action.ts echoes it back, without secrets), else the values it opened with; and the field
 * errors. React resets a form after its action, so the fields take these as their defaults.
 */
export function echoedValues(state: TActionResult<unknown> | null, initial: TFormValues = {}) {
  const failed = state && !state.ok ? state : null;
  const v = failed?.values ?? initial;
  return {
    failed,
    err: failed?.fieldErrors ?? {},
    str: (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : ''),
    bool: (k: string) => v[k] === true || v[k] === 'on',
    list: (k: string) => ([] as unknown[]).concat(v[k] ?? []),
  };
}
