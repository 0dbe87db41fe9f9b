'use server';

import { authedAction } from '@/lib/entry/action';
import { updateTrashRetention } from '@/lib/data/admin/settings';
import { ZTrashRetention } from '@/lib/validation/settings';
import { updateSessionPolicy } from '@/lib/data/admin/session-policy';
import { ZSessionPolicy } from '@/lib/validation/security';

export const updateTrashRetentionAction = authedAction(ZTrashRetention, (actor, input) => updateTrashRetention(actor, input), {
  revalidate: ['/admin/settings', '/people/trash'],
});

export const updateSessionPolicyAction = authedAction(ZSessionPolicy, (actor, input) => updateSessionPolicy(actor, input), { revalidate: ['/admin/settings'] });
