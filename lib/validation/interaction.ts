import { z } from 'zod';
import { InteractionKind } from '@/lib/generated/prisma/enums';
import { asList, blankToUndefined, requiredText } from '@/lib/validation/form-helpers';
import { dateColumn, dayOf } from '@/lib/format/dates';
import type { TOrgLocale } from '@/lib/format/org-locale';
import { ZDay, ZInstant } from '@/lib/validation/dates';
import { LIMITS } from '@/lib/validation/limits';

// Messages are catalog keys under `errors.` (messages/*/common.json).

// A contact logged for "tomorrow" is a typo; a few hours' slack allows for clocks and time zones.
const LATEST_MS = 36 * 3_600_000;

export const INTERACTION_KINDS = Object.values(InteractionKind);

export const ZLogInteractionInput = z
  .object({
    kind: z.enum(InteractionKind, { error: 'invalidChoice' }),
    /** An instant (ISO 8601); empty means now. */
    occurredAt: z.preprocess(
      blankToUndefined,
      ZInstant.refine((d) => d.getTime() <= Date.now() + LATEST_MS, { error: 'futureDate' })
        .refine((d) => d.getUTCFullYear() >= 2000, { error: 'invalidDate' })
        .optional(),
    ),
    summary: requiredText(LIMITS.interactionSummary),
    notes: z.preprocess(blankToUndefined, z.string().trim().max(LIMITS.notes, { error: 'tooLong' }).optional()),
    personIds: z.preprocess(asList, z.array(z.uuid({ error: 'invalid' })).max(50, { error: 'tooLong' })),
    organizationId: z.preprocess(blankToUndefined, z.uuid({ error: 'invalid' }).optional()),
    circleId: z.preprocess(blankToUndefined, z.uuid({ error: 'invalid' }).optional()),
    /** A calendar day, YYYY-MM-DD. */
    followUpOn: z.preprocess(
      blankToUndefined,
      ZDay.refine((s) => s >= '2000-01-01', { error: 'invalidDate' })
        .transform(dateColumn)
        .optional(),
    ),
  })
  // Security-neutral but essential: an interaction about no one and nothing means nothing.
  .refine((v) => v.personIds.length > 0 || v.organizationId || v.circleId, { error: 'whoRequired', path: ['personIds'] });
export type TLogInteractionInput = z.infer<typeof ZLogInteractionInput>;

export const ZFollowUpDoneInput = z.object({
  id: z.uuid({ error: 'invalid' }),
  done: z.preprocess((v) => v === true || v === 'true', z.boolean()),
});
export type TFollowUpDoneInput = z.infer<typeof ZFollowUpDoneInput>;

/** A follow-up moved to another day: today or later, on the organization's clock. */
export const snoozeInput = (org: Pick<TOrgLocale, 'timeZone'>) =>
  z.object({
    id: z.uuid({ error: 'invalid' }),
    until: ZDay.refine((s) => s >= dayOf(new Date(), org.timeZone), { error: 'invalid' }).transform(dateColumn),
  });
export type TSnoozeInput = z.infer<ReturnType<typeof snoozeInput>>;
