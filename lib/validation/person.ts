import { z } from 'zod';
import { LadderStage, VoterStatus } from '@/lib/generated/prisma/enums';

// Messages are catalog keys under `errors.` (messages/*.json).
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'tooLong' })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const ZPersonFields = z.object({
  givenName: optionalText(100),
  familyName: optionalText(100),
  preferredName: optionalText(100),
  pronouns: optionalText(40),
  preferredLanguage: z.enum(['es', 'en'], { error: 'invalidChoice' }).optional(),
  street: optionalText(200),
  city: optionalText(100),
  postalCode: optionalText(20),
  ladderStage: z.enum(LadderStage, { error: 'invalidChoice' }).optional(),
  registeredVoter: z.enum(VoterStatus, { error: 'invalidChoice' }).optional(),
  notes: optionalText(5000),
  contactConsent: z.boolean().optional(),
  doNotContact: z.boolean().optional(),
});

const hasAName = (p: { givenName?: string | null; familyName?: string | null; preferredName?: string | null }) =>
  Boolean(p.givenName || p.familyName || p.preferredName);

export const ZCreatePersonInput = ZPersonFields.refine(hasAName, { error: 'nameRequired', path: ['givenName'] });
export type TCreatePersonInput = z.infer<typeof ZCreatePersonInput>;

export const ZUpdatePersonInput = z.object({
  id: z.uuid({ error: 'invalid' }),
  version: z.coerce.number().int().positive(),
  patch: ZPersonFields,
});
export type TUpdatePersonInput = z.infer<typeof ZUpdatePersonInput>;

export const ZPersonId = z.uuid();
