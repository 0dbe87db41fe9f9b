import { z } from 'zod';
import { Closeness, OrganizationKind } from '@/lib/generated/prisma/enums';
import { first, optionalText, requiredText, ZVersion } from '@/lib/validation/form-helpers';
import { EDIT_FIELDS, withEdits, type TEdits } from '@/lib/validation/edits';
import { LIMITS } from '@/lib/validation/limits';

// Allied organizations and the people affiliated with them. Messages are catalog keys under `errors.`.

/** An owner picked from a select: empty means nobody owns the relationship. */
const ZOwner = z
  .union([z.literal(''), z.uuid({ error: 'invalidChoice' })], { error: 'invalidChoice' })
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

export const ZOrganizationFields = z.object({
  name: requiredText(LIMITS.organizationName),
  kind: z.enum(OrganizationKind, { error: 'invalidChoice' }),
  closeness: z.enum(Closeness, { error: 'invalidChoice' }),
  ownerUserId: ZOwner,
  agreementNotes: optionalText(LIMITS.notes),
  disagreementNotes: optionalText(LIMITS.notes),
});
export const ZCreateOrganizationInput = ZOrganizationFields;
export type TCreateOrganizationInput = z.infer<typeof ZCreateOrganizationInput>;

/** The edit form's inputs, as lib/validation/edits.ts compares them (the owner only where the user may change it). */
export const ORGANIZATION_INPUTS = ['name', 'kind', 'closeness', 'ownerUserId', 'agreementNotes', 'disagreementNotes'] as const;

export const ZUpdateOrganizationInput = z.preprocess(
  withEdits(),
  ZOrganizationFields.extend({ id: z.uuid({ error: 'invalid' }), version: ZVersion, ...EDIT_FIELDS }),
);
/** A change to save: the fields, the version it was made on, and the user's edits when a form sent them. */
export type TUpdateOrganizationInput = z.infer<typeof ZOrganizationFields> & { id: string; version: number; edits?: TEdits };

export const ZAffiliationKey = z.object({ organizationId: z.uuid({ error: 'invalid' }), personId: z.uuid({ error: 'required' }) });
export type TAffiliationKey = z.infer<typeof ZAffiliationKey>;

export const ZAffiliationInput = ZAffiliationKey.extend({
  role: optionalText(LIMITS.affiliationRole),
  // An unticked checkbox sends nothing, which means "no".
  isPointPerson: z.boolean().default(false),
});
export type TAffiliationInput = z.infer<typeof ZAffiliationInput>;

/** The organization list's URL: ?kind=TENANT&closeness=CORE_ALLY; a value that does not exist is ignored. */
export const ZOrganizationListParams = z.object({
  kind: z.preprocess(first, z.enum(OrganizationKind).optional().catch(undefined)),
  closeness: z.preprocess(first, z.enum(Closeness).optional().catch(undefined)),
});
export type TOrganizationListParams = z.infer<typeof ZOrganizationListParams>;
