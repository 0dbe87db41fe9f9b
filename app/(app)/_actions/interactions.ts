'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/entry/action';
import { createInteraction, listOrganizationChoices, setFollowUpDone } from '@/lib/data/interactions/interactions';
import { ZFollowUpDoneInput, ZLogInteractionInput } from '@/lib/validation/interaction';

// The interaction actions, shared by every page that shows the "log an interaction" form or a
// follow-up toggle (profiles, circles, organizations, my follow-ups). A logged contact changes
// timelines, follow-up lists and the home page's count, so the whole app is revalidated.

export const logInteractionAction = authedAction(ZLogInteractionInput, async (actor, input) => {
  const created = await createInteraction(actor, input);
  revalidatePath('/', 'layout');
  return created;
}, { idempotent: 'logInteraction' });

export const setFollowUpDoneAction = authedAction(ZFollowUpDoneInput, async (actor, input) => {
  const result = await setFollowUpDone(actor, input);
  revalidatePath('/', 'layout');
  return result;
});

export const organizationChoicesAction = authedAction(z.object({}), (actor) => listOrganizationChoices(actor));
