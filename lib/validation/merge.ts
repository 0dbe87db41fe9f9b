import { z } from 'zod';
import { ZVersion } from '@/lib/validation/form-helpers';

// The person fields a merge lets leadership choose between, one by one.
export const MERGE_FIELDS = [
  'givenName',
  'familyName',
  'preferredName',
  'pronouns',
  'preferredLanguage',
  'street',
  'city',
  'postalCode',
  'precinctId',
  'ladderStage',
  'memberSince',
  'registeredVoter',
  'source',
  'notes',
  'contactConsent',
  'doNotContact',
] as const;
export type TMergeField = (typeof MERGE_FIELDS)[number];

export const ZMergeInput = z
  .object({
    keepId: z.uuid(),
    dropId: z.uuid(),
    keepVersion: ZVersion,
    dropVersion: ZVersion,
  })
  .catchall(z.unknown())
  .transform(({ keepId, dropId, keepVersion, dropVersion, ...rest }) => ({
    keepId,
    dropId,
    keepVersion,
    dropVersion,
    // A radio per field: "take.notes" = "drop" means the survivor takes the duplicate's notes.
    takeFromDrop: MERGE_FIELDS.filter((f) => rest[`take.${f}`] === 'drop') as TMergeField[],
  }));

export const ZMergeParams = z.object({
  a: z.uuid().optional().catch(undefined),
  b: z.uuid().optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});
