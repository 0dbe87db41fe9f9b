'use server';

import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/entry/action';
import { snoozeFollowUp } from '@/lib/data/interactions/interactions';
import { snoozeInput } from '@/lib/validation/interaction';

// Triage of "my follow-ups": moving one to another day. A follow-up's date shows on the home
// page and the person's timeline too, so the whole app is revalidated, as for marking one done.

export const snoozeFollowUpAction = authedAction(snoozeInput, async (actor, input) => {
  await snoozeFollowUp(actor, input);
  revalidatePath('/', 'layout');
  return { id: input.id };
});
