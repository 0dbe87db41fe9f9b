import type { LadderStage, PhoneType, VoterStatus } from '@/lib/generated/prisma/enums';
import type { TImportField, TMapping } from '@/lib/vocabulary/import-fields';
import { precinct as toPrecinct, ward as toWard, type TPlaceIndex } from '@/lib/import/places';
import * as v from '@/lib/import/values';
import { distinctTags } from '@/lib/validation/form-helpers';
import { LIMITS } from '@/lib/validation/limits';

// One row of a file, as it will be saved: each mapped cell normalised, the problems that keep it
// out of Leaven named with the column they come from ("phone.invalid:3"), nothing guessed.

export type TStagedRow = {
  givenName: string | null;
  familyName: string | null;
  preferredName: string | null;
  pronouns: string | null;
  preferredLanguage: string | null;
  languages: string[];
  emails: string[];
  phones: string[];
  /** The kind of line the row's numbers are, where the file says. */
  phoneType: Exclude<PhoneType, 'UNKNOWN'> | null;
  street: string | null;
  city: string | null;
  postalCode: string | null;
  wardId: string | null;
  precinctId: string | null;
  ladderStage: LadderStage | null;
  registeredVoter: VoterStatus | null;
  notes: string | null;
  tags: string[];
  emailOptIn: boolean | null;
  smsOptIn: boolean | null;
  doNotCall: boolean | null;
  doNotContact: boolean | null;
  contactConsent: boolean | null;
  /** "field.problem:column", e.g. "phone.invalid:2". Empty for a row that can be saved. */
  problems: string[];
  /** Tags left out because they name something Leaven does not keep. */
  droppedTags: number;
};

// The form's limits (lib/validation/limits.ts): an import never keeps what the form would refuse to save.
// A single "Name" column becomes the given name, and the second address line joins the street.
const TEXT_LIMITS: Partial<Record<TImportField, number>> = {
  givenName: LIMITS.personName, familyName: LIMITS.personName, fullName: LIMITS.personName, preferredName: LIMITS.personName,
  pronouns: LIMITS.pronouns, street: LIMITS.street, street2: LIMITS.street, city: LIMITS.city, postalCode: LIMITS.postalCode,
};

type TBooleanField = 'emailOptIn' | 'smsOptIn' | 'doNotCall' | 'doNotContact' | 'contactConsent';

export function emptyRow(): TStagedRow {
  return {
    givenName: null, familyName: null, preferredName: null, pronouns: null, preferredLanguage: null, languages: [], emails: [], phones: [], phoneType: null,
    street: null, city: null, postalCode: null, wardId: null, precinctId: null, ladderStage: null, registeredVoter: null, notes: null,
    tags: [], emailOptIn: null, smsOptIn: null, doNotCall: null, doNotContact: null, contactConsent: null, problems: [], droppedTags: 0,
  };
}

const add = (list: string[], more: string[]) => {
  for (const m of more) if (!list.includes(m)) list.push(m);
};

/** `phoneCountry`: the country of a number written without one (the organization's setting). */
export function normaliseRow(cells: string[], mapping: TMapping, places: TPlaceIndex, phoneCountry?: string): TStagedRow {
  const row = emptyRow();
  const texts: Partial<Record<TImportField, string>> = {};
  const notes: string[] = [];
  let wardCell: string | null = null;
  let precinctCell: { raw: string; col: number } | null = null;
  const problem = (field: TImportField, p: v.TProblem, col: number) => row.problems.push(`${field}.${p}:${col}`);

  for (let col = 0; col < mapping.length; col++) {
    const field = mapping[col];
    const raw = cells[col] ?? '';
    if (!field || raw.trim() === '') continue;
    const limit = TEXT_LIMITS[field];
    if (limit !== undefined) {
      const r = v.text(raw, limit);
      if (r.ok) texts[field] = r.value ?? undefined;
      else problem(field, r.problem, col);
      continue;
    }
    switch (field) {
      case 'email': {
        const r = v.emails(raw);
        if (r.ok) add(row.emails, r.value ?? []);
        else problem(field, r.problem, col);
        break;
      }
      case 'phone': {
        const r = v.phones(raw, phoneCountry);
        if (r.ok) add(row.phones, r.value ?? []);
        else problem(field, r.problem, col);
        break;
      }
      case 'phoneType': {
        const r = v.phoneType(raw);
        if (r.ok) row.phoneType = r.value;
        else problem(field, r.problem, col);
        break;
      }
      case 'tags': {
        const r = v.tags(raw);
        if (r.ok && r.value) {
          row.tags = distinctTags([...row.tags, ...r.value.tags]);
          row.droppedTags += r.value.dropped;
        } else if (!r.ok) problem(field, r.problem, col);
        break;
      }
      case 'notes':
        notes.push(v.unescapeFormula(raw.trim()));
        break;
      case 'languages':
        add(row.languages, (v.languages(raw) as { value: string[] | null }).value ?? []);
        break;
      case 'preferredLanguage': {
        const { preferred, spoken } = v.preferredLanguage(raw);
        row.preferredLanguage = preferred;
        add(row.languages, spoken);
        break;
      }
      case 'registeredVoter': {
        const r = v.voter(raw);
        if (r.ok) row.registeredVoter = r.value;
        else problem(field, r.problem, col);
        break;
      }
      case 'ladderStage': {
        const r = v.stage(raw);
        if (r.ok) row.ladderStage = r.value;
        else problem(field, r.problem, col);
        break;
      }
      case 'ward':
        wardCell = raw;
        {
          const r = toWard(raw, places);
          if (r.ok) row.wardId = r.value;
          else problem(field, r.problem, col);
        }
        break;
      case 'precinct':
        precinctCell = { raw, col };
        break;
      default: {
        const f = field as TBooleanField;
        const r = v.boolean(raw);
        if (r.ok) row[f] = r.value;
        else problem(f, r.problem, col);
      }
    }
  }

  if (precinctCell) {
    const r = toPrecinct(precinctCell.raw, wardCell, places);
    if (r.ok && r.value) {
      row.precinctId = r.value.id;
      row.wardId = r.value.wardId;
    } else if (!r.ok) problem('precinct', r.problem, precinctCell.col);
  }
  row.givenName = texts.givenName ?? null;
  row.familyName = texts.familyName ?? null;
  // A single "Name" column is kept whole rather than split by a guess at where a surname starts.
  if (texts.fullName && !row.givenName && !row.familyName) row.givenName = texts.fullName;
  row.preferredName = texts.preferredName ?? null;
  row.pronouns = texts.pronouns ?? null;
  const street = [texts.street, texts.street2].filter(Boolean).join(', ');
  if (street.length > LIMITS.street) problem('street', 'tooLong', mapping.indexOf(texts.street2 ? 'street2' : 'street'));
  else row.street = street || null;
  row.city = texts.city ?? null;
  row.postalCode = texts.postalCode ?? null;
  const joined = notes.join('\n');
  if (joined.length > LIMITS.notes) problem('notes', 'tooLong', mapping.indexOf('notes'));
  else row.notes = joined || null;
  return row;
}
