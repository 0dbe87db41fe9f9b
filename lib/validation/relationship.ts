import { z } from 'zod';
import { RelationshipKind } from '@/lib/generated/prisma/enums';
import { blankToUndefined, ZVersion } from '@/lib/validation/form-helpers';
import { LIMITS } from '@/lib/validation/limits';

// Messages are catalog keys under `errors.` (messages/*/common.json).

const note = z.preprocess(blankToUndefined, z.string().trim().max(LIMITS.shortNote, { error: 'tooLong' }).optional());
const strength = z.coerce.number({ error: 'invalidChoice' }).int({ error: 'invalidChoice' }).min(1, { error: 'invalidChoice' }).max(3, { error: 'invalidChoice' });
const kind = z.enum(RelationshipKind, { error: 'invalidChoice' });

export const RELATIONSHIP_KINDS = Object.values(RelationshipKind);

export const ZAddRelationshipInput = z
  .object({
    personId: z.uuid({ error: 'invalid' }),
    otherId: z.uuid({ error: 'pickPerson' }),
    kind,
    strength,
    note,
  })
  .refine((v) => v.personId !== v.otherId, { error: 'samePerson', path: ['otherId'] });
export type TAddRelationshipInput = z.infer<typeof ZAddRelationshipInput>;

export const ZUpdateRelationshipInput = z.object({ id: z.uuid({ error: 'invalid' }), kind, strength, note });
export type TUpdateRelationshipInput = z.infer<typeof ZUpdateRelationshipInput>;

export const ZRemoveRelationshipInput = z.object({ id: z.uuid({ error: 'invalid' }) });

export const ZSetRecruiterInput = z.object({
  personId: z.uuid({ error: 'invalid' }),
  version: ZVersion,
  /** Empty clears "recruited by". */
  recruiterId: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.uuid({ error: 'pickPerson' }).nullable()),
});
export type TSetRecruiterInput = z.infer<typeof ZSetRecruiterInput>;
