// Form submissions as the action wrapper (lib/entry/action.ts) reads them. Pure: safe anywhere.

/** What the user submitted, handed back on failure so the form shows it again instead of losing it. */
export type TFormValues = Record<string, string | string[] | boolean>;

/** FormData to a plain object; checkboxes become booleans, repeated names become arrays. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
    out[key] = all.length > 1 ? all : all[0] === 'on' ? true : all[0];
  }
  return out;
}

// Secrets are never sent back: a refused password form comes back empty in those fields.
const SECRET_FIELD = /password|confirm|token|secret/i;
export function echoable(values: TFormValues): TFormValues {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELD.test(k)));
}

