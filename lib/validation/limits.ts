// The longest each text Leaven keeps may be, in characters: one set for the forms (their inputs'
// counters), the server's checks (zod, which refuses with a message naming the number), CSV
// imports (a row to fix) and the OSDI API (a 400), so that what one of them refuses, all refuse.
// Inputs never cut a text at the limit (a browser's maxLength does so without a word): the user
// sees a counter as they near it, and the server's message past it.

export const LIMITS = {
  /** A person's given, family or preferred name, wherever it is typed or imported. */
  personName: 100,
  pronouns: 40,
  street: 200,
  city: 100,
  postalCode: 20,
  /** A phone number as typed, before it becomes E.164. */
  phoneTyped: 40,
  email: 254,
  source: 100,
  /** A person's notes, an interaction's notes, an organization's notes on agreement, a description. */
  notes: 5000,
  tag: 50,
  /** The tags typed in one field, separated by commas. */
  tagList: 500,
  circleName: 120,
  circleDescription: 2000,
  organizationName: 160,
  affiliationRole: 80,
  mobilizationName: 200,
  place: 300,
  interactionSummary: 300,
  /** A relationship's note, a commitment's needs, a note on someone in "my people". */
  shortNote: 500,
  electionName: 120,
  apiTokenName: 100,
  savedViewName: 80,
} as const;

export type TLimit = keyof typeof LIMITS;
