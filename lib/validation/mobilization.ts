import { z } from 'zod';
import { CallOutcome, CommitmentStatus, GoalUnit, MobilizationKind } from '@/lib/generated/prisma/enums';
import { STATUSES } from '@/lib/mobilization/funnel';
import { wallTimeToUtc } from '@/lib/format/dates';
import { asList, checkbox, first, optionalText, requiredText, textOrNull } from '@/lib/validation/form-helpers';
import { ZOptionalPhone } from '@/lib/validation/person';

// Input of the mobilization pages' forms and actions. Messages are catalog keys under `errors.`.

/** A form field that may arrive once (a string) or repeated (an array), or not at all. */
const many = <T extends z.ZodType>(item: T) => z.preprocess(asList, z.array(item));

/** Where a quota's seats come from: a circle, an allied organization, or the open seats. */
export const ZQuotaRef = z.union([
  z.literal('open'),
  z.string().regex(/^(circle|org):[0-9a-f-]{36}$/i, { error: 'invalidChoice' }),
]);
export type TQuotaRef = z.infer<typeof ZQuotaRef>;

export const ZQuotaInput = z.object({ ref: ZQuotaRef, target: z.coerce.number({ error: 'invalid' }).int({ error: 'invalid' }).min(0, { error: 'invalid' }).max(100_000, { error: 'invalid' }) });

export const ZMobilizationForm = z
  .object({
    name: requiredText(200),
    kind: z.enum(MobilizationKind, { error: 'invalidChoice' }),
    // A datetime-local value, on the organization's clock (lib/format/dates.ts).
    startsAt: z.string({ error: 'required' }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'required' }),
    place: optionalText(300),
    description: optionalText(5000),
    goal: z.coerce.number({ error: 'required' }).int({ error: 'invalid' }).min(1, { error: 'goalPositive' }).max(100_000, { error: 'invalid' }),
    goalUnit: z.enum(GoalUnit, { error: 'invalidChoice' }),
    quotaRef: many(z.string()),
    quotaTarget: many(z.string()),
    version: z.coerce.number().int().optional(),
  })
  .transform((v, ctx) => {
    const quotas: z.infer<typeof ZQuotaInput>[] = [];
    const seen = new Set<string>();
    v.quotaRef.forEach((ref, i) => {
      const targetRaw = v.quotaTarget[i] ?? '';
      if (!ref && !targetRaw) return; // an empty row of the form
      const parsed = ZQuotaInput.safeParse({ ref, target: targetRaw === '' ? undefined : targetRaw });
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'invalid', path: ['quotas', i] });
        return;
      }
      if (seen.has(parsed.data.ref)) ctx.addIssue({ code: 'custom', message: 'duplicateInForm', path: ['quotas', i] });
      seen.add(parsed.data.ref);
      quotas.push(parsed.data);
    });
    const startsAt = wallTimeToUtc(v.startsAt);
    if (!startsAt) ctx.addIssue({ code: 'custom', message: 'required', path: ['startsAt'] });
    const { quotaRef: _r, quotaTarget: _t, ...rest } = v;
    return { ...rest, startsAt: startsAt ?? new Date(0), quotas };
  });
export type TMobilizationForm = z.output<typeof ZMobilizationForm>;
export type TMobilizationInput = Omit<TMobilizationForm, 'version'>;

export const ZAskPeople = z.object({
  mobilizationId: z.uuid(),
  personIds: many(z.uuid()).pipe(z.array(z.uuid()).min(1, { error: 'pickSomeone' }).max(500, { error: 'tooMany' })),
  quotaId: z.preprocess((v) => (v === '' || v === 'auto' ? null : v), z.uuid().nullable()),
  /** The asker was told the quota has fewer seats left and asks all the same. */
  pastQuota: checkbox,
});
export type TAskPeople = z.infer<typeof ZAskPeople>;

/** The statuses leadership and coordinators set in bulk; attended is set by check-in as well. */
export const ZSetStatus = z.object({
  mobilizationId: z.uuid(),
  commitmentIds: many(z.uuid()).pipe(z.array(z.uuid()).min(1, { error: 'pickSomeone' }).max(2000, { error: 'tooMany' })),
  status: z.enum(CommitmentStatus, { error: 'invalidChoice' }),
});

export const ZNeeds = z.object({
  needInterpretation: checkbox,
  needChildcare: checkbox,
  needAccessibility: checkbox,
  needSeatNearDoor: checkbox,
  needsNote: optionalText(500),
});
export type TNeeds = z.infer<typeof ZNeeds>;

export const ZUpdateNeeds = ZNeeds.extend({ commitmentId: z.uuid() });

/** A member's own answer: yes or no, and their needs. */
export const ZAnswer = ZNeeds.extend({ mobilizationId: z.uuid(), answer: z.enum(['yes', 'no'], { error: 'invalidChoice' }) });

/** One tap at the door. The wanted state, not a toggle, so that a retried tap changes nothing. */
export const ZCheckIn = z.object({ commitmentId: z.uuid(), attended: z.boolean() });

export const ZPromote = z.object({
  mobilizationId: z.uuid(),
  commitmentIds: many(z.uuid()).pipe(z.array(z.uuid()).min(1, { error: 'pickSomeone' }).max(2000, { error: 'tooMany' })),
});

export const ZMobilizationId = z.object({ id: z.uuid() });

/** The mobilizations page's URL: upcoming ones (the default) or past ones. Any other value shows upcoming. */
export const ZMobilizationsParams = z.object({
  when: z.preprocess(first, z.enum(['upcoming', 'past']).catch('upcoming')).default('upcoming'),
});

/** A mobilization's page: its people with one status, or (no status, or one that is not a status) all of them. */
export const ZMobilizationPeopleParams = z.object({
  status: z.preprocess(first, z.enum(STATUSES).optional().catch(undefined)),
});

/** The ask page's URL: which circle's roster, or which name search. A bad value shows nothing, never a 500. */
export const ZAskParams = z.object({
  id: z.uuid(),
  circle: z.preprocess(first, z.uuid().optional().catch(undefined)),
  q: z.preprocess(first, z.string().trim().max(100).optional().catch(undefined)).transform((v) => v || undefined),
  /** A list of people, comma-separated ids: how a selection made elsewhere arrives here. */
  ids: z.preprocess(first, z.string().max(40_000).optional().catch(undefined)).transform((v) =>
    (v ?? '').split(',').map((x) => x.trim()).filter((x) => z.uuid().safeParse(x).success).slice(0, 1000),
  ),
});

/** A walk-in at the door who is already in Leaven. */
export const ZWalkIn = z.object({ mobilizationId: z.uuid(), personId: z.uuid({ error: 'pickSomeone' }) });

/** A walk-in not yet in Leaven: a name and a phone, enough to reach them again. */
export const ZQuickWalkIn = z
  .object({
    mobilizationId: z.uuid(),
    givenName: textOrNull(100),
    familyName: textOrNull(100),
    phone: ZOptionalPhone,
  })
  .refine((v) => v.givenName || v.familyName, { error: 'nameRequired', path: ['givenName'] })
  .refine((v): v is typeof v & { phone: string } => v.phone !== null, { error: 'required', path: ['phone'] });

/** One tap on the call list after a call. */
export const ZCallOutcome = z.object({ commitmentId: z.uuid(), outcome: z.enum(CallOutcome, { error: 'invalidChoice' }) });
