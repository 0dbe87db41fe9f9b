import { z } from 'zod';
import { RelationshipKind } from '@/lib/generated/prisma/enums';
import { checkbox, idList, requiredText, textOrNull, ZVersion } from '@/lib/validation/form-helpers';
import type { TOrgLocale } from '@/lib/format/org-locale';
import { EDIT_FIELDS, withEdits } from '@/lib/validation/edits';
import { LIMITS } from '@/lib/validation/limits';
import { contactRowsForm, optionalPhone, ZLanguageCode } from '@/lib/validation/person';

// Self-service: "My profile" and "My people". Messages are catalog keys under `errors.`.

/**
 * What a person may change on their own record: contact details, languages and consent (phones read
 * in the organization's country), with the user's edits told apart (lib/validation/edits.ts).
 */
export const myProfileForm = (org: Pick<TOrgLocale, 'phoneCountry'>) => z.preprocess(
  withEdits(),
  contactRowsForm(org.phoneCountry, {
    version: ZVersion,
    ...EDIT_FIELDS,
    preferredLanguage: ZLanguageCode,
    contactConsent: checkbox,
    doNotContact: checkbox,
  }),
);
export type TMyProfileForm = z.output<ReturnType<typeof myProfileForm>>;

const ZGivenName = requiredText(LIMITS.personName);

/** Someone a person knows, added to "My people": a name, a phone, how they know them, which circles. */
export const addMyPersonInput = (org: Pick<TOrgLocale, 'phoneCountry'>) => z.object({
  givenName: ZGivenName,
  familyName: textOrNull(LIMITS.personName),
  phone: optionalPhone(org.phoneCountry),
  kind: z.enum(RelationshipKind, { error: 'invalidChoice' }),
  note: textOrNull(LIMITS.shortNote),
  circleIds: idList(50),
});
export type TAddMyPersonInput = z.infer<ReturnType<typeof addMyPersonInput>>;

export const updateMyPersonInput = (org: Pick<TOrgLocale, 'phoneCountry'>) => z.object({
  id: z.uuid({ error: 'invalid' }),
  version: ZVersion,
  givenName: ZGivenName,
  familyName: textOrNull(LIMITS.personName),
  phone: optionalPhone(org.phoneCountry),
});
export type TUpdateMyPersonInput = z.infer<ReturnType<typeof updateMyPersonInput>>;
