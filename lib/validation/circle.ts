import { z } from 'zod';
import { CircleKind, CircleRole } from '@/lib/generated/prisma/enums';
import { dateColumn } from '@/lib/format/dates';
import { ZDay } from '@/lib/validation/dates';
import { first, optionalText, requiredText, ZVersion } from '@/lib/validation/form-helpers';
import { EDIT_FIELDS, withEdits, type TEdits } from '@/lib/validation/edits';
import { LIMITS } from '@/lib/validation/limits';

// Circles and their memberships. Messages are catalog keys under `errors.` (messages/*/common.json).

/**
 * A calendar day typed in a date input (YYYY-MM-DD), as a UTC midnight for a DATE column.
 * Empty means "not given". A day after tomorrow is refused: memberships are facts, not plans.
 */
export const ZPastDay = z
  .union([z.literal(''), ZDay], { error: 'invalidDate' })
  .optional()
  .transform((v) => (v ? dateColumn(v) : undefined))
  .refine((d) => d === undefined || d.getTime() <= Date.now() + 86_400_000, { error: 'invalid' });

export const ZCircleFields = z.object({
  name: requiredText(LIMITS.circleName),
  kind: z.enum(CircleKind, { error: 'invalidChoice' }),
  description: optionalText(LIMITS.circleDescription),
});
export const ZCreateCircleInput = ZCircleFields;
export type TCreateCircleInput = z.infer<typeof ZCreateCircleInput>;

/** The edit form's inputs, as lib/validation/edits.ts compares them. */
export const CIRCLE_INPUTS = ['name', 'kind', 'description'] as const;

export const ZUpdateCircleInput = z.preprocess(withEdits(), ZCircleFields.extend({ id: z.uuid({ error: 'invalid' }), version: ZVersion, ...EDIT_FIELDS }));
/** A change to save: the fields, the version it was made on, and the user's edits when a form sent them. */
export type TUpdateCircleInput = z.infer<typeof ZCircleFields> & { id: string; version: number; edits?: TEdits };

export const ZCircleMemberKey = z.object({ circleId: z.uuid({ error: 'invalid' }), personId: z.uuid({ error: 'required' }) });
export type TCircleMemberKey = z.infer<typeof ZCircleMemberKey>;

export const ZAddCircleMemberInput = ZCircleMemberKey.extend({
  role: z.enum(CircleRole, { error: 'invalidChoice' }).default('MEMBER'),
  since: ZPastDay,
});
export type TAddCircleMemberInput = Omit<z.infer<typeof ZAddCircleMemberInput>, 'since'> & { since?: Date };

export const ZUpdateCircleMemberInput = ZCircleMemberKey.extend({ role: z.enum(CircleRole, { error: 'invalidChoice' }) });

/** Whether a membership's role (a fact about the circle, not a permission) is the leader's. */
export const isCircleLeader = (role: CircleRole | null | undefined) => role === CircleRole.LEADER;
export type TUpdateCircleMemberInput = z.infer<typeof ZUpdateCircleMemberInput>;


/** The circle list's URL: ?kind=HOMETOWN_CLUB. A kind that does not exist shows every circle. */
export const ZCircleListParams = z.object({
  kind: z.preprocess(first, z.enum(CircleKind).optional().catch(undefined)),
});
export type TCircleListParams = z.infer<typeof ZCircleListParams>;
