import { z } from 'zod';
import { RelationshipKind } from '@/lib/generated/prisma/enums';
import { checkbox, idList, optionalText, ZOptionalPhone } from '@/lib/validation/form-helpers';
import { LANGUAGES, MAX_CONTACT_ROWS, ZEmailRow, ZPhone, type TEmailInput, type TPhoneInput } from '@/lib/validation/person';

// Self-service: "My profile" and "My people". Messages are catalog keys under `errors.`.

/** FormData names like "phones.1.e164" to rows, so zod's error paths name the inputs. */
function rows(input: Record<string, unknown>, key: string, fields: string[]) {
  return Array.from({ length: MAX_CONTACT_ROWS }, (_, i) =>
    Object.fromEntries(fields.map((f) => [f, input[`${key}.${i}.${f}`] ?? (f === 'e164' || f === 'email' ? '' : false)])),
  );
}

/** What a person may change on their own record: contact details, languages and consent. */
export const ZMyProfileForm = z
  .preprocess(
    (raw) => {
      const input = (raw ?? {}) as Record<string, unknown>;
      return {
        ...input,
        languages: ([] as unknown[]).concat(input.languages ?? []),
        phones: rows(input, 'phones', ['e164', 'smsCapable', 'doNotCall']),
        emails: rows(input, 'emails', ['email', 'subscribed']),
      };
    },
    z.object({
      version: z.coerce.number().int().positive(),
      // After a conflict, the user chose to save their version over this newer one.
      acceptVersion: z.coerce.number().int().positive().optional(),
      preferredLanguage: z.enum(['es', 'en'], { error: 'invalidChoice' }),
      languages: z.array(z.enum(LANGUAGES, { error: 'invalidChoice' })).max(LANGUAGES.length),
      contactConsent: checkbox,
      doNotContact: checkbox,
      phones: z.array(ZPhone),
      emails: z.array(ZEmailRow),
    }),
  )
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.phones.forEach((p, i) => {
      if (p.e164 && seen.has(p.e164)) ctx.addIssue({ code: 'custom', message: 'duplicateInForm', path: ['phones', i, 'e164'] });
      if (p.e164) seen.add(p.e164);
    });
    v.emails.forEach((e, i) => {
      if (e.email && seen.has(e.email)) ctx.addIssue({ code: 'custom', message: 'duplicateInForm', path: ['emails', i, 'email'] });
      if (e.email) seen.add(e.email);
    });
  })
  .transform(({ phones, emails, ...rest }) => ({
    ...rest,
    phones: phones.filter((p): p is TPhoneInput => p.e164 !== null),
    emails: emails.filter((e): e is TEmailInput => e.email !== null),
  }));
export type TMyProfileForm = z.output<typeof ZMyProfileForm>;

const ZGivenName = z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(100, { error: 'tooLong' });

/** Someone a person knows, added to "My people": a name, a phone, how they know them, which circles. */
export const ZAddMyPersonInput = z.object({
  givenName: ZGivenName,
  familyName: optionalText(100),
  phone: ZOptionalPhone,
  kind: z.enum(RelationshipKind, { error: 'invalidChoice' }),
  note: optionalText(500),
  circleIds: idList(50),
});
export type TAddMyPersonInput = z.infer<typeof ZAddMyPersonInput>;

export const ZUpdateMyPersonInput = z.object({
  id: z.uuid({ error: 'invalid' }),
  version: z.coerce.number().int().positive(),
  givenName: ZGivenName,
  familyName: optionalText(100),
  phone: ZOptionalPhone,
});
export type TUpdateMyPersonInput = z.infer<typeof ZUpdateMyPersonInput>;
