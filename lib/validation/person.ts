import { z } from 'zod';
import type { TOrgLocale } from '@/lib/format/org-locale';
import { LANGUAGE_CODE } from '@/lib/format/languages';
import { formatPhone, toE164 } from '@/lib/format/phone';
import { Consent, EmailStatus, LadderStage, PhoneType, VoterStatus } from '@/lib/generated/prisma/enums';
import { checkbox, optionalText, tagListText, ZVersion } from '@/lib/validation/form-helpers';
import { EDIT_FIELDS, withEdits } from '@/lib/validation/edits';
import { LIMITS } from '@/lib/validation/limits';

// Messages are catalog keys under `errors.` (messages/<locale>/common.json).
export const LANGUAGES = ['es', 'en', 'pt', 'zh', 'ar', 'pl', 'other'] as const;

/**
 * A person's email address, for the person form and the OSDI API alike: trimmed, lower-cased
 * (as it is stored), at most LIMITS.email long, and an address. The messages are the caller's.
 */
export const personEmail = (error: { tooLong: string; email: string }) =>
  z.string().trim().toLowerCase().max(LIMITS.email, { error: error.tooLong }).pipe(z.email({ error: error.email }));

/** Languages in the order the forms' checkboxes send them, so that one not touched reads as unchanged. */
export const formLanguages = (list: string[]) => [...LANGUAGES.filter((l) => list.includes(l)), ...list.filter((l) => !(LANGUAGES as readonly string[]).includes(l))];

/** A preferred language as the forms send it: any language code (the form offers the person's own, whatever it is). */
export const ZLanguageCode = z.string({ error: 'invalidChoice' }).trim().regex(LANGUAGE_CODE, { error: 'invalidChoice' });

export const ZPersonFields = z.object({
  givenName: optionalText(LIMITS.personName),
  familyName: optionalText(LIMITS.personName),
  preferredName: optionalText(LIMITS.personName),
  pronouns: optionalText(LIMITS.pronouns),
  preferredLanguage: ZLanguageCode.optional(),
  street: optionalText(LIMITS.street),
  city: optionalText(LIMITS.city),
  postalCode: optionalText(LIMITS.postalCode),
  ladderStage: z.enum(LadderStage, { error: 'invalidChoice' }).optional(),
  registeredVoter: z.enum(VoterStatus, { error: 'invalidChoice' }).optional(),
  source: optionalText(LIMITS.source),
  notes: optionalText(LIMITS.notes),
  contactConsent: z.boolean().optional(),
  doNotContact: z.boolean().optional(),
});

/**
 * What organizers keep about a person: set by those who may 'people.organize', never by a member
 * on their own record or their people (DESIGN.md: members keep their profile current).
 */
export const ORGANIZER_PERSON_FIELDS = ['ladderStage', 'registeredVoter', 'source', 'notes', 'tags', 'precinctId'] as const;

const hasAName = (p: { givenName?: string | null; familyName?: string | null; preferredName?: string | null }) =>
  Boolean(p.givenName || p.familyName || p.preferredName);

export const ZCreatePersonInput = ZPersonFields.refine(hasAName, { error: 'nameRequired', path: ['givenName'] });
export type TCreatePersonInput = z.infer<typeof ZCreatePersonInput>;

/** toE164, with a "phoneInvalid" issue where the text is not a phone number. */
function e164OrIssue(v: string, country: string, ctx: z.RefinementCtx): string | null {
  const e164 = toE164(v, country);
  if (!e164) ctx.addIssue({ code: 'custom', message: 'phoneInvalid' });
  return e164;
}

/** One optional phone as typed, to E.164 in the organization's country ("773 555 0123" → "+17735550123"); blank becomes null. */
export const optionalPhone = (country: string) =>
  z
    .string()
    .trim()
    .max(LIMITS.phoneTyped, { error: 'tooLong' })
    .optional()
    .transform((v, ctx) => (v ? e164OrIssue(v, country, ctx) : null));

/** A recorded answer, or "unknown" when the form sends none (a select left alone, an old form). */
const answer = <E extends Record<string, string>>(values: E) =>
  z.preprocess((v) => (v === '' || v === undefined || v === null ? 'UNKNOWN' : v), z.enum(values, { error: 'invalidChoice' }));

// An empty row is allowed (the form always shows three) and dropped after validation.
const phoneRow = (country: string) =>
  z.object({
    e164: z
      .string()
      .trim()
      .transform((v, ctx) => (v === '' ? null : (e164OrIssue(v, country, ctx) ?? v))),
    type: answer(PhoneType),
    smsConsent: answer(Consent),
    doNotCall: checkbox,
  });
export const ZEmailRow = z.object({
  // A blank row is null (dropped after validation); anything else must be an address.
  email: z.preprocess((v) => (typeof v === 'string' && !v.trim() ? null : v), personEmail({ tooLong: 'tooLong', email: 'email' }).nullable()),
  status: answer(EmailStatus),
});

export const MAX_CONTACT_ROWS = 3;
/** A phone as the forms and the API hand it to the data layer; when and how an answer was given are the data layer's to record. */
export type TPhoneInput = { e164: string; type: PhoneType; smsConsent: Consent; doNotCall: boolean };
export type TEmailInput = { email: string; status: EmailStatus };
const PHONE_FIELDS = ['e164', 'type', 'smsConsent', 'doNotCall'] as const;
const EMAIL_FIELDS = ['email', 'status'] as const;

/** FormData names like "phones.1.e164" to nested rows, so zod's error paths name the inputs. */
function nestRows(input: Record<string, unknown>, key: string, fields: readonly string[]) {
  return Array.from({ length: MAX_CONTACT_ROWS }, (_, i) =>
    Object.fromEntries(fields.map((f) => [f, input[`${key}.${i}.${f}`] ?? (f === 'doNotCall' ? false : '')])),
  );
}

/** Saved phones and emails as the contact rows' field values, the names nestRows reads back. */
export function contactRowValues(phones: TPhoneInput[], emails: TEmailInput[]): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  for (let i = 0; i < MAX_CONTACT_ROWS; i++) {
    const phone = phones[i];
    values[`phones.${i}.e164`] = phone ? formatPhone(phone.e164) : '';
    values[`phones.${i}.type`] = phone?.type ?? 'UNKNOWN';
    values[`phones.${i}.smsConsent`] = phone?.smsConsent ?? 'UNKNOWN';
    values[`phones.${i}.doNotCall`] = phone ? phone.doNotCall : false;
    const email = emails[i];
    values[`emails.${i}.email`] = email?.email ?? '';
    values[`emails.${i}.status`] = email?.status ?? 'UNKNOWN';
  }
  return values;
}

const contactRows = (country: string) => ({
  languages: z.array(z.enum(LANGUAGES, { error: 'invalidChoice' })).max(LANGUAGES.length),
  phones: z.array(phoneRow(country)),
  emails: z.array(ZEmailRow),
});
type TPhoneRow = { e164: string | null; type: PhoneType; smsConsent: Consent; doNotCall: boolean };
type TContactRows = { phones: TPhoneRow[]; emails: z.output<typeof ZEmailRow>[] };

/**
 * A form with the contact rows and the languages spoken (the person form, "My profile"), its
 * phones read in the organization's country: its other fields, and a check of them to run first.
 * A number or an address given twice is refused at its second row; empty rows are dropped.
 */
export function contactRowsForm<S extends z.ZodRawShape>(country: string, fields: S, check?: (v: z.output<z.ZodObject<S>>, ctx: z.RefinementCtx) => void) {
  const schema = z.object({ ...fields, ...contactRows(country) });
  type TOut = z.output<typeof schema>;
  return z
    .preprocess((raw) => {
      const input = (raw ?? {}) as Record<string, unknown>;
      return {
        ...input,
        languages: ([] as unknown[]).concat(input.languages ?? []),
        phones: nestRows(input, 'phones', PHONE_FIELDS),
        emails: nestRows(input, 'emails', EMAIL_FIELDS),
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

/** The person form, as submitted, to the shape the data layer takes (its phones read in the organization's country), with the user's edits told apart (lib/validation/edits.ts). */
export const personForm = (org: Pick<TOrgLocale, 'phoneCountry'>) => z.preprocess(
  withEdits(),
  contactRowsForm(
    org.phoneCountry,
    {
      ...ZPersonFields.shape,
      contactConsent: checkbox,
      doNotContact: checkbox,
      precinctId: z.union([z.literal('').transform(() => null), z.uuid({ error: 'invalidChoice' })]).optional(),
      tags: tagListText,
      version: ZVersion.optional(),
      confirmDuplicate: z.string().optional(),
      id: z.uuid({ error: 'invalid' }).optional(),
      ...EDIT_FIELDS,
    },
    (v, ctx) => {
      if (!hasAName(v)) ctx.addIssue({ code: 'custom', message: 'nameRequired', path: ['givenName'] });
    },
  ),
);
export type TPersonForm = z.output<ReturnType<typeof personForm>>;
