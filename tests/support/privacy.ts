import { FORBIDDEN_FIELD, isForbiddenName } from '../../lib/vocabulary/privacy';

// The pattern lives in lib/vocabulary/privacy.ts, shared with the CSV import, which drops a column
// named like this before anything is stored.
export { FORBIDDEN_FIELD };

/** The names (each `table.column`, `Model.field` or `Enum.VALUE`) that match a forbidden concept. */
export function forbiddenNames(names: string[]): string[] {
  return names.filter(isForbiddenName);
}
