import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import { LANGUAGE_CODE } from '@/lib/format/languages';
import { formatPhone } from '@/lib/format/phone';
import { LadderStage, VoterStatus } from '@/lib/generated/prisma/enums';
import { checkbox, optionalText, tagListText, ZVersion } from '@/lib/validation/form-helpers';

// Messages are catalog keys under `errors.` (messages/<locale>/common.json).
export const LANGUAGES = ['es', 'en', 'pt', 'zh', 'ar', 'pl', 'other'] as const;

/**
 * The longest each of a person's texts may be. The OSDI API (lib/osdi/schemas.ts) takes a person
 * with the same limits, so what the form refuses the API refuses too.
 */
export const PERSON_MAX = { name: 100, pronouns: 40, street: 200, city: 100, postalCode: 20, source: 100, notes: 5000, email: 254 } as const;

/**
 * A person's email address, for the person form and the OSDI API alike: trimmed, lower-cased
 * (as it is stored), at most PERSON_MAX.email long, and an address. The messages are the caller's.
 */
export const personEmail = (error: { tooLong: string; email: string }) =>
  z.string().trim().toLowerCase().max(PERSON_MAX.email, { error: error.tooLong }).pipe(z.email({ error: error.email }));

/** A preferred language as the forms send it: any language code (the form offers the person's own, whatever it is). */
export const ZLanguageCode = z.string({ error: 'invalidChoice' }).trim().regex(LANGUAGE_CODE, { error: 'invalidChoice' });

export const ZPersonFields = z.object({
  givenName: optionalText(PERSON_MAX.name),
  familyName: optionalText(PERSON_MAX.name),
  preferredName: optionalText(PERSON_MAX.name),
  pronouns: optionalText(PERSON_MAX.pronouns),
  preferredLanguage: ZLanguageCode.optional(),
  street: optionalText(PERSON_MAX.street),
  city: optionalText(PERSON_MAX.city),
  postalCode: optionalText(PERSON_MAX.postalCode),
  ladderStage: z.enum(LadderStage, { error: 'invalidChoice' }).optional(),
  registeredVoter: z.enum(VoterStatus, { error: 'invalidChoice' }).optional(),
  source: optionalText(PERSON_MAX.source),
  notes: optionalText(PERSON_MAX.notes),
  contactConsent: z.boolean().optional(),
  doNotContact: z.boolean().optional(),
});

const hasAName = (p: { givenName?: string | null; familyName?: string | null; preferredName?: string | null }) =>
  Boolean(p.givenName || p.familyName || p.preferredName);

export const ZCreatePersonInput = ZPersonFields.refine(hasAName, { error: 'nameRequired', path: ['givenName'] });
export type TCreatePersonInput = z.infer<typeof ZCreatePersonInput>;

/** A phone as typed ("773 555 0123", "+52 55 1234 5678") to E.164; US numbers need no country code. */
export function toE164(raw: string): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), 'US');
  return parsed?.isValid() ? parsed.number : null;
}

/** toE164, with a "phoneInvalid" issue where the text is not a phone number. */
function e164OrIssue(v: string, ctx: z.RefinementCtx): string | null {
  const e164 = toE164(v);
  if (!e164) ctx.addIssue({ code: 'custom', message: 'phoneInvalid' });
  return e164;
}

/** One optional phone as typed, to E.164 ("773 555 0123" → "+17735550123"); blank becomes null. */
export const ZOptionalPhone = z
  .string()
  .trim()
  .max(40, { error: 'tooLong' })
  .optional()
  .transform((v, ctx) => (v ? e164OrIssue(v, ctx) : null));

// An empty row is allowed (the form always shows three) and dropped after validation.
export const ZPhone = z.object({
  e164: z
    .string()
    .trim()
    .transform((v, ctx) => (v === '' ? null : (e164OrIssue(v, ctx) ?? v))),
  smsCapable: checkbox,
  doNotCall: checkbox,
});
export const ZEmailRow = z.object({
  // A blank row is null (dropped after validation); anything else must be an address.
  email: z.preprocess((v) => (typeof v === 'string' && !v.trim() ? null : v), personEmail({ tooLong: 'tooLong', email: 'email' }).nullable()),
  subscribed: checkbox,
});

export const MAX_CONTACT_ROWS = 3;
export type TPhoneInput = { e164: string; smsCapable: boolean; doNotCall: boolean };
export type TEmailInput = { email: string; subscribed: boolean };

/** FormData names like "phones.1.e164" to nested rows, so zod's error paths name the inputs. */
function nestRows(input: Record<string, unknown>, key: string, fields: string[]) {
  return Array.from({ length: MAX_CONTACT_ROWS }, (_, i) =>
    Object.fromEntries(fields.map((f) => [f, input[`${key}.${i}.${f}`] ?? (f === 'e164' || f === 'email' ? '' : false)])),
  );
}

/** Saved phones and emails as the contact rows' field values, the names nestRows reads back. */
export function contactRowValues(phones: TPhoneInput[], emails: TEmailInput[]): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  for (let i = 0; i < MAX_CONTACT_ROWS; i++) {
    const phone = phones[i];
    values[`phones.${i}.e164`] = phone ? formatPhone(phone.e164) : '';
    values[`phones.${i}.smsCapable`] = phone ? phone.smsCapable : true;
    values[`phones.${i}.doNotCall`] = phone ? phone.doNotCall : false;
    const email = emails[i];
    values[`emails.${i}.email`] = email?.email ?? '';
    values[`emails.${i}.subscribed`] = email ? email.subscribed : true;
  }
  return values;
}

const CONTACT_ROWS = {
  languages: z.array(z.enum(LANGUAGES, { error: 'invalidChoice' })).max(LANGUAGES.length),
  phones: z.array(ZPhone),
  emails: z.array(ZEmailRow),
};
type TContactRows = { phones: z.output<typeof ZPhone>[]; emails: z.output<typeof ZEmailRow>[] };

/**
 * A form with the contact rows and the languages spoken (the person form, "My profile"): its other
 * fields, and a check of them to run first. A number or an address given twice is refused at its
 * second row; empty rows are dropped.
 */
export function contactRowsForm<S extends z.ZodRawShape>(fields: S, check?: (v: z.output<z.ZodObject<S>>, ctx: z.RefinementCtx) => void) {
  const schema = z.object({ ...fields, ...CONTACT_ROWS });
  type TOut = z.output<typeof schema>;
  return z
    .preprocess((raw) => {
      const input = (raw ?? {}) as Record<string, unknown>;
      return {
        ...input,
        languages: ([] as unknown[]).concat(input.languages ?? []),
        phones: nestRows(input, 'phones', ['e164', 'smsCapable', 'doNotCall']),
        emails: nestRows(input, 'emails', ['email', 'subscribed']),
      };
    }, schema)
    .superRefine((v, ctx) => {
      check?.(v as z.output<z.ZodObject<S>>, ctx);
      const { phones, emails } = v as TOut & TContactRows;
      const seen = new Set<string>();
      phones.forEach((p, i) => {
        if (p.e164 && seen.has(p.e164)) ctx.addIssue({ code: 'custom', message: 'duplicateInForm', path: ['phones', i, 'e164'] });
        if (p.e164) seen.add(p.e164);
      });
      emails.forEach((e, i) => {
        if (e.email && seen.has(e.email)) ctx.addIssue({ code: 'custom', message: 'duplicateInForm', path: ['emails', i, 'email'] });
        if (e.email) seen.add(e.email);
      });
    })
    .transform((v) => {
      const { phones, emails, ...rest } = v as TOut & TContactRows;
      return {
        ...rest,
        phones: phones.filter((p): p is TPhoneInput => p.e164 !== null),
        emails: emails.filter((e): e is TEmailInput => e.email !== null),
      };
    });
}

/** A JSON object sent back by the form, or undefined when it is anything else. */
function jsonObjectOrUndefined(text: string | undefined): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text ?? '');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The person form, as submitted, to the shape the data layer takes. */
export const ZPersonForm = contactRowsForm(
  {
    ...ZPersonFields.shape,
    contactConsent: checkbox,
    doNotContact: checkbox,
    precinctId: z.union([z.literal('').transform(() => null), z.uuid({ error: 'invalidChoice' })]).optional(),
    tags: tagListText,
    version: ZVersion.optional(),
    confirmDuplicate: z.string().optional(),
    id: z.uuid({ error: 'invalid' }).optional(),
    // After a conflict, the user chose to save their version over this newer one.
    acceptVersion: ZVersion.optional(),
    // The values the form was opened with, to show what someone else changed meanwhile.
    original: z.string().max(50_000).optional().transform(jsonObjectOrUndefined),
  },
  (v, ctx) => {
    if (!hasAName(v)) ctx.addIssue({ code: 'custom', message: 'nameRequired', path: ['givenName'] });
  },
);
export type TPersonForm = z.output<typeof ZPersonForm>;
