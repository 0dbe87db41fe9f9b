import { z } from 'zod';
import { RelationshipKind } from '@/lib/generated/prisma/enums';
import { checkbox, idList, requiredText, textOrNull, ZVersion } from '@/lib/validation/form-helpers';
import { EDIT_FIELDS, withEdits } from '@/lib/validation/edits';
import { LIMITS } from '@/lib/validation/limits';
import { contactRowsForm, ZOptionalPhone } from '@/lib/validation/person';

// Self-service: "My profile" and "My people". Messages are catalog keys under `errors.`.

/** What a person may change on their own record: contact details, languages and consent. */
export const ZMyProfileForm = z.preprocess(
  withEdits(),
  contactRowsForm({
    version: ZVersion,
    ...EDIT_FIELDS,
    preferredLanguage: z.enum(['es', 'en'], { error: 'invalidChoice' }),
    contactConsent: checkbox,
    doNotContact: checkbox,
  }),
);
export type TMyProfileForm = z.output<typeof ZMyProfileForm>;

const ZGivenName = requiredText(LIMITS.personName);

/** Someone a person knows, added to "My people": a name, a phone, how they know them, which circles. */
export const ZAddMyPersonInput = z.object({
  givenName: ZGivenName,
  familyName: textOrNull(LIMITS.personName),
  phone: ZOptionalPhone,
  kind: z.enum(RelationshipKind, { error: 'invalidChoice' }),
  note: textOrNull(LIMITS.shortNote),
  circleIds: idList(50),
});
export type TAddMyPersonInput = z.infer<typeof ZAddMyPersonInput>;

export const ZUpdateMyPersonInput = z.object({
  id: z.uuid({ error: 'invalid' }),
  version: ZVersion,
  givenName: ZGivenName,
  familyName: textOrNull(LIMITS.personName),
  phone: ZOptionalPhone,
});
export type TUpdateMyPersonInput = z.infer<typeof ZUpdateMyPersonInput>;
