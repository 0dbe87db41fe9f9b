import { z } from 'zod';
import { AUDIT_ACTIONS } from '@/lib/vocabulary/audit-actions';
import { ZDay } from '@/lib/validation/dates';
import { first } from '@/lib/validation/form-helpers';

// The audit log's filters live in the URL; a bad value is dropped, never an error page.

export const ZAuditParams = z.object({
  person: z.preprocess(first, z.uuid().optional().catch(undefined)),
  personName: z.preprocess(first, z.string().trim().max(100).optional().catch(undefined)).transform((v) => v || undefined),
  user: z.preprocess(first, z.uuid().optional().catch(undefined)),
  action: z.preprocess(first, z.enum(AUDIT_ACTIONS).optional().catch(undefined)),
  from: z.preprocess(first, ZDay.optional().catch(undefined)),
  to: z.preprocess(first, ZDay.optional().catch(undefined)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
});
export type TAuditParams = z.infer<typeof ZAuditParams>;
