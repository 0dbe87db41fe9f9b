'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/lib/entry/action';
import { setAttendance } from '@/lib/data/mobilizations/check-in';
import { answerOwnCommitment, askPeople, setCommitmentStatus, updateNeeds } from '@/lib/data/mobilizations/commitments';
import { promoteAttendees } from '@/lib/data/people/ladder-credit';
import { createMobilization, deleteMobilization, updateMobilization } from '@/lib/data/mobilizations/mobilizations';
import { editsOf } from '@/lib/validation/edits';
import { ZAnswer, ZAskPeople, ZCheckIn, mobilizationForm, ZMobilizationId, ZPromote, ZSetStatus, ZUpdateNeeds } from '@/lib/validation/mobilization';

// Every mobilization action. Each page revalidates itself: the data layer checks scope.

const area = ['/mobilizations', '/'];

export const createMobilizationAction = authedAction(mobilizationForm, async (actor, { version: _v, acceptVersion: _a, original: _o, edited: _e, ...input }) => {
  const { id } = await createMobilization(actor, input);
  redirect(`/mobilizations/${id}`);
}, { revalidate: area, idempotent: 'createMobilization' });

export const updateMobilizationAction = authedAction((org) => mobilizationForm(org).and(z.object({ id: z.uuid() })), async (actor, { id, version, acceptVersion, original, edited, ...input }) => {
  // After a conflict the user may save their changes over the newer version.
  await updateMobilization(actor, id, acceptVersion ?? version ?? 0, input, editsOf({ original, edited }));
  redirect(`/mobilizations/${id}`);
}, { revalidate: area });

export const deleteMobilizationAction = authedAction(ZMobilizationId, async (actor, { id }) => {
  await deleteMobilization(actor, id);
  redirect('/mobilizations');
}, { revalidate: area });

export const askPeopleAction = authedAction(ZAskPeople, (actor, input) => askPeople(actor, input), { revalidate: area });

export const setStatusAction = authedAction(ZSetStatus, (actor, input) => setCommitmentStatus(actor, input), { revalidate: area });

export const updateNeedsAction = authedAction(ZUpdateNeeds, (actor, { commitmentId, ...needs }) => updateNeeds(actor, commitmentId, needs), { revalidate: area });

export const answerAction = authedAction(ZAnswer, (actor, input) => answerOwnCommitment(actor, input), { revalidate: area });

// No revalidation: the check-in list is updated in place, and a tap must stay cheap on a slow line.
export const checkInAction = authedAction(ZCheckIn, (actor, input) => setAttendance(actor, input));

export const promoteAction = authedAction(ZPromote, (actor, input) => promoteAttendees(actor, input), { revalidate: area });
