import { z } from 'zod';
import { LADDER } from '@/lib/vocabulary/ladder';
import { LadderStage, VoterStatus } from '@/lib/generated/prisma/enums';
import { isForbiddenName } from '@/lib/vocabulary/privacy';
import type { TOrgLocale } from '@/lib/format/org-locale';
import { toE164 } from '@/lib/format/phone';
import { LIMITS } from '@/lib/validation/limits';
import { LANGUAGES, personEmail } from '@/lib/validation/person';
import { OSDI_EMAIL_STATUSES, OSDI_PHONE_STATUSES } from '@/lib/osdi/consent';

// What the OSDI API accepts, in OSDI's own field names. Messages are for a developer: they say
// which field, what was wrong, and what to send instead. A person's fields have the person form's
// limits and email rule (LIMITS, personEmail): what the form refuses, the API refuses too.

/** A string field, trimmed, at most `max` characters (the message names the limit). */
export const text = (max: number) => z.string({ error: 'expected a string' }).trim().max(max, { error: `at most ${max} characters` });
const optionalText = (max: number) => text(max).nullable().optional();

/** The custom fields Leaven keeps, and how to read each. Anything else is refused by name. */
export const CUSTOM_FIELDS = {
  preferred_name: optionalText(LIMITS.personName),
  pronouns: optionalText(LIMITS.pronouns),
  notes: optionalText(LIMITS.notes),
  ladder_stage: z.enum(LadderStage, { error: `one of ${LADDER.join(', ')}` }).optional(),
  registered_voter: z.enum(VoterStatus, { error: `one of ${Object.values(VoterStatus).join(', ')}` }).optional(),
  contact_consent: z.boolean({ error: 'expected true or false' }).optional(),
  do_not_contact: z.boolean({ error: 'expected true or false' }).optional(),
  precinct: z.string({ error: 'expected a precinct such as "25-3"' }).regex(/^\d{1,4}-\d{1,4}$/, { error: 'expected a precinct such as "25-3" (ward-precinct)' }).nullable().optional(),
} as const;
export type TCustomFields = { [K in keyof typeof CUSTOM_FIELDS]?: z.output<(typeof CUSTOM_FIELDS)[K]> };

const ZEmail = z.object({
  address: z.string({ error: 'expected a string' }).pipe(personEmail({ tooLong: `at most ${LIMITS.email} characters`, email: 'not an email address' })),
  primary: z.boolean({ error: 'expected true or false' }).optional(),
  // Absent: no answer sent (a new address stays unknown; a known one keeps its answer).
  status: z.enum(OSDI_EMAIL_STATUSES, { error: `one of ${OSDI_EMAIL_STATUSES.join(', ')}` }).optional(),
});

/** A number without a country code is read as one of the organization's country. */
const phone = (country: string) =>
  z.object({
    number: z
      .string({ error: 'expected a string' })
      .transform((v, ctx) => {
        const e164 = toE164(v, country);
        if (!e164) ctx.addIssue({ code: 'custom', message: 'not a phone number we can dial: include the country code, e.g. +1 773 555 0123' });
        return e164 ?? v;
      }),
    primary: z.boolean({ error: 'expected true or false' }).optional(),
    number_type: z.string({ error: 'expected a string' }).optional(),
    sms_capable: z.boolean({ error: 'expected true or false' }).optional(),
    // The number's SMS subscription, in Action Network's words; absent: no answer sent.
    status: z.enum(OSDI_PHONE_STATUSES, { error: `one of ${OSDI_PHONE_STATUSES.join(', ')}` }).optional(),
    do_not_call: z.boolean({ error: 'expected true or false' }).optional(),
  });

/** An address: its lines become the person's one street, so the lines joined are held to the street's limit. */
const ZAddress = z
  .object({
    address_lines: z.array(text(LIMITS.street), { error: 'expected an array of strings' }).max(3).optional(),
    locality: optionalText(LIMITS.city),
    postal_code: optionalText(LIMITS.postalCode),
    region: z.string().optional(),
    country: z.string().optional(),
    primary: z.boolean().optional(),
  })
  .transform(({ address_lines, ...rest }, ctx) => {
    const street = address_lines?.join(', ') ?? null;
    if (street && street.length > LIMITS.street) {
      ctx.addIssue({ code: 'custom', path: ['address_lines'], message: `at most ${LIMITS.street} characters once the lines are joined into one street` });
    }
    return { ...rest, street };
  });

const ZCustomFields = z
  .record(z.string(), z.unknown(), { error: 'expected an object' })
  .superRefine((fields, ctx) => {
    for (const key of Object.keys(fields)) {
      if (isForbiddenName(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'Leaven never keeps immigration status, citizenship, visa, country of birth, social security or alien numbers' });
      } else if (!(key in CUSTOM_FIELDS)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `not a field Leaven keeps; custom_fields may be ${Object.keys(CUSTOM_FIELDS).join(', ')}` });
      }
    }
  })
  .pipe(z.object(CUSTOM_FIELDS));

/** A person as OSDI sends one; phones read in the organization's country. */
export const osdiPersonInput = (org: Pick<TOrgLocale, 'phoneCountry'>) => z
  .object(
    {
      given_name: optionalText(LIMITS.personName),
      family_name: optionalText(LIMITS.personName),
      preferred_language: z.enum(['es', 'en'], { error: 'Leaven speaks to people in "es" or "en"' }).optional(),
      languages_spoken: z.array(z.enum(LANGUAGES, { error: `one of ${LANGUAGES.join(', ')}` }), { error: 'expected an array' }).max(LANGUAGES.length).optional(),
      source: optionalText(LIMITS.source),
      email_addresses: z.array(ZEmail, { error: 'expected an array' }).max(10).optional(),
      phone_numbers: z.array(phone(org.phoneCountry), { error: 'expected an array' }).max(10).optional(),
      postal_addresses: z.array(ZAddress, { error: 'expected an array' }).max(5).optional(),
      custom_fields: ZCustomFields.optional(),
    },
    { error: 'expected a JSON object' },
  )
  .loose()
  .superRefine((person, ctx) => {
    // Security: the same refusal as a CSV column, for a client that sends such a field at the top level.
    for (const key of Object.keys(person)) {
      if (isForbiddenName(key)) ctx.addIssue({ code: 'custom', path: [key], message: 'Leaven never keeps immigration status, citizenship, visa, country of birth, social security or alien numbers' });
    }
  });
export type TOsdiPerson = z.output<ReturnType<typeof osdiPersonInput>>;

/** A new person needs a name, as in the person form. */
export const osdiNewPersonInput = (org: Pick<TOrgLocale, 'phoneCountry'>) => osdiPersonInput(org).refine((p) => Boolean(p.given_name || p.family_name || p.custom_fields?.preferred_name), {
  message: 'a person needs a given_name, a family_name or custom_fields.preferred_name',
  path: ['given_name'],
});

export const ZOsdiTagName = z
  .string({ error: 'expected a string' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(LIMITS.tag, { error: `at most ${LIMITS.tag} characters` })
  .refine((t) => !isForbiddenName(t), { error: 'Leaven does not keep tags about immigration status, citizenship or country of birth' });

export const osdiSignupInput = (org: Pick<TOrgLocale, 'phoneCountry'>) => z.object(
  {
    person: osdiPersonInput(org),
    add_tags: z.array(ZOsdiTagName, { error: 'expected an array of tag names' }).max(20).optional(),
  },
  { error: 'expected a JSON object with a "person"' },
);

export const ZOsdiTag = z.object({ name: ZOsdiTagName }, { error: 'expected a JSON object with a "name"' });

/**
 * A body that names its person by link, as OSDI does: {"_links": {"osdi:person": {"href": ".../people/<id>"}}},
 * beside the fields in `shape`. Taggings and attendances are both made this way.
 */
export function withPersonLink<T extends z.ZodRawShape>(shape: T) {
  return z
    .object(
      {
        ...shape,
        _links: z.object({ 'osdi:person': z.object({ href: z.string({ error: 'expected the person’s URL' }) }, { error: 'expected {"href": ...}' }) }, { error: 'expected {"osdi:person": {"href": ...}}' }),
      },
      { error: 'expected a JSON object with "_links"' },
    )
    .transform((v, ctx) => {
      const { href } = (v as { _links: { 'osdi:person': { href: string } } })._links['osdi:person'];
      const id = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i.exec(href)?.[1];
      if (!id) ctx.addIssue({ code: 'custom', path: ['_links', 'osdi:person', 'href'], message: 'expected the URL of a person, ending in their id' });
      return { ...v, personId: (id ?? '').toLowerCase() };
    });
}

export const ZOsdiTagging = withPersonLink({});

export const ZPaging = z.object({
  page: z.coerce
    .number({ error: 'page must be a whole number from 1' })
    .int({ error: 'page must be a whole number from 1' })
    .min(1, { error: 'page must be a whole number from 1' })
    .max(100_000, { error: 'page must be at most 100000' })
    .default(1),
  per_page: z.coerce
    .number({ error: 'per_page must be a whole number from 1 to 100' })
    .int({ error: 'per_page must be a whole number from 1 to 100' })
    .min(1, { error: 'per_page must be a whole number from 1 to 100' })
    .max(100, { error: 'per_page must be a whole number from 1 to 100' })
    .default(25),
});
