'use server';

import { authedAction } from '@/lib/entry/action';
import { orgClock } from '@/lib/data/admin/clock';
import { updateOrganizationSettings } from '@/lib/data/admin/organization';
import { updateTrashRetention } from '@/lib/data/admin/settings';
import { ZOrganizationSettings, ZTrashRetention } from '@/lib/validation/settings';
import { updateSessionPolicy } from '@/lib/data/admin/session-policy';
import { ZSessionPolicy } from '@/lib/validation/security';

export const updateTrashRetentionAction = authedAction(ZTrashRetention, (actor, input) => updateTrashRetention(actor, input), {
  revalidate: ['/admin/settings', '/people/trash'],
});

/** Every page's dates follow the new zone from the next request on. */
export const updateOrganizationSettingsAction = authedAction(
  ZOrganizationSettings,
  async (actor, input) => {
    const saved = await updateOrganizationSettings(actor, input);
    return { ...saved, today: (await orgClock()).today };
  },
  { revalidate: ['/admin/settings'] },
);
export const updateSessionPolicyAction = authedAction(ZSessionPolicy, (actor, input) => updateSessionPolicy(actor, input), { revalidate: ['/admin/settings'] });
