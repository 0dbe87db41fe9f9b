import { z } from 'zod';
import { canonicalTimeZone } from '@/lib/format/dates';
import { isPhoneCountry } from '@/lib/format/phone';
import { MAX_INT } from '@/lib/validation/form-helpers';

// The organization's settings, as leadership edits them (lib/data/admin/settings.ts stores them).

export const TRASH_RETENTION = { min: 1, max: 3650, default: 30 } as const;

export const ZTrashRetention = z.object({
  // Blank, a fraction, a word or a number out of range all get the same message, next to the field.
  trashRetentionDays: z.coerce
    .number({ error: 'retentionDays' })
    .int({ error: 'retentionDays' })
    .min(TRASH_RETENTION.min, { error: 'retentionDays' })
    .max(TRASH_RETENTION.max, { error: 'retentionDays' }),
  // The version the form was based on: a save over someone else's newer one is refused.
  version: z.coerce.number({ error: 'invalid' }).int({ error: 'invalid' }).min(1, { error: 'invalid' }).max(MAX_INT, { error: 'invalid' }),
});
export type TTrashRetention = z.infer<typeof ZTrashRetention>;

/** The moment the periodic purge may remove a person deleted at `deletedAt`, for a retention of `days`. */
export function purgeDateOf(deletedAt: Date, days: number): Date {
  return new Date(deletedAt.getTime() + days * 86_400_000);
}

/** The organization's name, clock and phone country (Admin → Settings). */
export const ZOrganizationSettings = z.object({
  organizationName: z.string().trim().max(120, { error: 'tooLong' }).transform((v) => v || null),
  // An IANA zone Intl knows, kept under its canonical name ("america/chicago" → "America/Chicago").
  timeZone: z
    .string({ error: 'timeZoneInvalid' })
    .transform((v, ctx) => canonicalTimeZone(v) ?? (ctx.addIssue({ code: 'custom', message: 'timeZoneInvalid' }), z.NEVER)),
  phoneCountry: z
    .string({ error: 'phoneCountryInvalid' })
    .trim()
    .toUpperCase()
    .refine((v): boolean => isPhoneCountry(v), { error: 'phoneCountryInvalid' }),
  version: z.coerce.number({ error: 'invalid' }).int({ error: 'invalid' }).min(1, { error: 'invalid' }),
});
export type TOrganizationSettings = z.output<typeof ZOrganizationSettings>;
