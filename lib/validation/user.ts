import { z } from 'zod';
import { Role } from '@/lib/generated/prisma/enums';
import { idList } from '@/lib/validation/form-helpers';

// Leadership's changes to users. Messages are catalog keys under `errors.`.

export const ZRole = z.enum(Role, { error: 'invalidChoice' });

export const ZUserIdInput = z.object({ userId: z.uuid({ error: 'invalid' }) });

export const ZSetRoleInput = ZUserIdInput.extend({ role: ZRole });
export type TSetRoleInput = z.infer<typeof ZSetRoleInput>;

export const ZSetDisabledInput = ZUserIdInput.extend({
  disabled: z.enum(['true', 'false'], { error: 'invalid' }).transform((v) => v === 'true'),
});

/** A coordinator's assignments, replaced as a whole. */
export const ZScopeIds = z.object({
  circleIds: idList(),
  organizationIds: idList(),
  precinctIds: idList(),
});
export type TScopeIds = z.infer<typeof ZScopeIds>;

export const ZSetScopeInput = ZUserIdInput.extend(ZScopeIds.shape);
export type TSetScopeInput = z.infer<typeof ZSetScopeInput>;
