import { z } from 'zod';
import { RelationshipKind } from '@/lib/generated/prisma/enums';
import { checkbox, idList, requiredText, textOrNull, ZVersion } from '@/lib/validation/form-helpers';
import { contactRowsForm, ZLanguageCode, ZOptionalPhone } from '@/lib/validation/person';

// Self-service: "My profile" and "My people". Messages are catalog keys under `errors.`.

/** What a person may change on their own record: contact details, languages and consent. */
export const ZMyProfileForm = contactRowsForm({
  version: ZVersion,
  // After a conflict, the user chose to save their version over this newer one.
  acceptVersion: ZVersion.optional(),
  preferredLanguage: ZLanguageCode,
  contactConsent: checkbox,
  doNotContact: checkbox,
});
export type TMyProfileForm = z.output<typeof ZMyProfileForm>;

const ZGivenName = requiredText(100);

/** Someone a person knows, added to "My people": a name, a phone, how they know them, which circles. */
export const ZAddMyPersonInput = z.object({
  givenName: ZGivenName,
  familyName: textOrNull(100),
  phone: ZOptionalPhone,
  kind: z.enum(RelationshipKind, { error: 'invalidChoice' }),
  note: textOrNull(500),
  circleIds: idList(50),
});
export type TAddMyPersonInput = z.infer<typeof ZAddMyPersonInput>;

export const ZUpdateMyPersonInput = z.object({
  id: z.uuid({ error: 'invalid' }),
  version: ZVersion,
  givenName: ZGivenName,
  familyName: textOrNull(100),
  phone: ZOptionalPhone,
});
export type TUpdateMyPersonInput = z.infer<typeof ZUpdateMyPersonInput>;
