// Names that would record what DESIGN.md forbids. Compared after removing separators and case,
// so immigration_status, immigrationStatus and "Immigration Status" are all caught.
export const FORBIDDEN_FIELD =
  /immigra|citizen|visa(?!ble|tion)|countryofbirth|birthcountry|placeofbirth|birthplace|nativecountry|countryoforigin|nationality|ssn|socialsecurity|^anumber|^alien|aliennumber|undocumented|legalstatus|greencard|permanentresiden|^daca|^itin$/;

export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9.]/g, '');
}

/** The names (each `table.column`, `Model.field` or `Enum.VALUE`) that match a forbidden concept. */
export function forbiddenNames(names: string[]): string[] {
  return names.filter((n) => normaliseName(n).split('.').some((part) => FORBIDDEN_FIELD.test(part)));
}
