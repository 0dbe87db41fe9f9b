'use server';

import { authedAction } from '@/lib/entry/action';
import { updateTrashRetention } from '@/lib/data/admin/settings';
import { ZTrashRetention } from '@/lib/validation/settings';

export const updateTrashRetentionAction = authedAction(ZTrashRetention, (actor, input) => updateTrashRetention(actor, input), {
  revalidate: ['/admin/settings', '/people/trash'],
});
