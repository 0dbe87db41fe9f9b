import { z } from 'zod';
import { CallOutcome, CommitmentStatus, GoalUnit, MobilizationKind } from '@/lib/generated/prisma/enums';
import { STATUSES } from '@/lib/mobilization/funnel';
import type { TOrgLocale } from '@/lib/format/org-locale';
import { wallTime } from '@/lib/validation/dates';
import { EDIT_FIELDS, fieldOfInput, withEdits, type TFieldOf } from '@/lib/validation/edits';
import { asList, checkbox, first, optionalText, requiredText, textOrNull, ZVersion } from '@/lib/validation/form-helpers';
import { LIMITS } from '@/lib/validation/limits';
import { optionalPhone } from '@/lib/validation/person';

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

/** The form's quota rows (quotaRef, quotaTarget, in pairs) are one field, the quotas. */
export const mobilizationFieldOf: TFieldOf = (input) => (input === 'quotaRef' || input === 'quotaTarget' ? 'quotas' : fieldOfInput(input));

type TQuotaRow = { ref: string; target: string };
/** Quotas in the order the pages list them: open seats last, largest first, then by where they come from. */
export const byShownOrder = (a: TQuotaRow, b: TQuotaRow) =>
  Number(a.ref === 'open') - Number(b.ref === 'open') || Number(b.target) - Number(a.target) || a.ref.localeCompare(b.ref);

/** A mobilization as the form's inputs hold it (startsAt on the organization's clock), for telling edits apart. */
export function mobilizationInputs(m: { name: string; kind: string; startsAt: string; place: string | null; description: string | null; goal: number | string; goalUnit: string; quotas: TQuotaRow[] }) {
  const quotas = [...m.quotas].sort(byShownOrder);
  return {
    name: m.name,
    kind: m.kind,
    startsAt: m.startsAt,
    place: m.place ?? '',
    description: m.description ?? '',
    goal: String(m.goal),
    goalUnit: m.goalUnit,
    quotaRef: quotas.map((q) => q.ref),
    quotaTarget: quotas.map((q) => q.target),
  };
}

/** The mobilization form's fields; its start is a wall time in the organization's zone. */
const mobilizationFields = (org: Pick<TOrgLocale, 'timeZone'>) => z
  .object({
    name: requiredText(LIMITS.mobilizationName),
    kind: z.enum(MobilizationKind, { error: 'invalidChoice' }),
    // A datetime-local value, on the organization's clock (lib/format/dates.ts).
    startsAt: wallTime(org.timeZone),
    place: optionalText(LIMITS.place),
    description: optionalText(LIMITS.notes),
    goal: z.coerce.number({ error: 'required' }).int({ error: 'invalid' }).min(1, { error: 'goalPositive' }).max(100_000, { error: 'invalid' }),
    goalUnit: z.enum(GoalUnit, { error: 'invalidChoice' }),
    quotaRef: many(z.string()),
    quotaTarget: many(z.string()),
    version: ZVersion.optional(),
    ...EDIT_FIELDS,
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
    const { quotaRef: _r, quotaTarget: _t, ...rest } = v;
    return { ...rest, quotas };
  });
/** The mobilization form, with the user's edits told apart (lib/validation/edits.ts) when it edits one. */
export const mobilizationForm = (org: Pick<TOrgLocale, 'timeZone'>) => z.preprocess(withEdits(mobilizationFieldOf), mobilizationFields(org));
export type TMobilizationForm = z.output<ReturnType<typeof mobilizationForm>>;
export type TMobilizationInput = Omit<TMobilizationForm, 'version' | 'acceptVersion' | 'original' | 'edited'>;

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
  needsNote: optionalText(LIMITS.shortNote),
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

/** A walk-in not yet in Leaven: a name and a phone, enough to reach them again. Phones read in the organization's country. */
export const quickWalkIn = (org: Pick<TOrgLocale, 'phoneCountry'>) =>
  z
    .object({
      mobilizationId: z.uuid(),
      givenName: textOrNull(LIMITS.personName),
      familyName: textOrNull(LIMITS.personName),
      phone: optionalPhone(org.phoneCountry),
    })
    .refine((v) => v.givenName || v.familyName, { error: 'nameRequired', path: ['givenName'] })
    .refine((v): v is typeof v & { phone: string } => v.phone !== null, { error: 'required', path: ['phone'] });

/** One tap on the call list after a call. */
export const ZCallOutcome = z.object({ commitmentId: z.uuid(), outcome: z.enum(CallOutcome, { error: 'invalidChoice' }) });
