'use server';

import { getTranslations } from 'next-intl/server';
import { authedAction } from '@/lib/entry/action';
import { recordCallOutcome } from '@/lib/data/mobilizations/call-outcome';
import { checkInWalkIn, quickAddWalkIn } from '@/lib/data/mobilizations/walk-in';
import { quickWalkIn, ZCallOutcome, ZWalkIn } from '@/lib/validation/mobilization';

// March day: walk-ins at the door and outcomes on the call list. The pages refresh themselves
// after each (the check-in list keeps its taps in place); the home page's figures move too.

const area = ['/mobilizations', '/'];

export const walkInAction = authedAction(ZWalkIn, (actor, input) => checkInWalkIn(actor, input), { revalidate: area });

export const quickWalkInAction = authedAction(quickWalkIn, (actor, { phone, ...input }) => quickAddWalkIn(actor, { ...input, phone: phone! }), { revalidate: area, idempotent: 'quickWalkIn' });

export const callOutcomeAction = authedAction(
  ZCallOutcome,
  async (actor, input) => {
    // The call is logged in the caller's language, as if they had typed it.
    const t = await getTranslations('marchDay.calls');
    return recordCallOutcome(actor, { ...input, summary: (mobilization) => t('summary', { outcome: t(`outcome.${input.outcome}`), mobilization }) });
  },
  { revalidate: area },
);
