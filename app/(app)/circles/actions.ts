'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authedAction } from '@/lib/entry/action';
import { addCircleMember, removeCircleMember, searchPeopleForCircle, updateCircleMember } from '@/lib/data/circles/members';
import { createCircle, updateCircle } from '@/lib/data/circles/write';
import {
  ZAddCircleMemberInput,
  ZCircleMemberKey,
  ZCreateCircleInput,
  ZUpdateCircleInput,
  ZUpdateCircleMemberInput,
} from '@/lib/validation/circle';
import { editsOf } from '@/lib/validation/edits';
import { ZPersonSearchInput } from '@/lib/validation/person-search';

// Every action checks scope in the data layer: a circle or person out of reach answers "not found".

const circlePage = (id: string) => revalidatePath(`/circles/${id}`);

export const searchCircleCandidatesAction = authedAction(ZPersonSearchInput.required({ targetId: true }), (actor, { targetId, q }) =>
  searchPeopleForCircle(actor, targetId, q),
);

export const addCircleMemberAction = authedAction(
  ZAddCircleMemberInput,
  async (actor, input) => {
    const { name } = await addCircleMember(actor, input);
    circlePage(input.circleId);
    return { name };
  },
  { revalidate: ['/circles'] },
);

export const updateCircleMemberAction = authedAction(
  ZUpdateCircleMemberInput,
  async (actor, input) => {
    await updateCircleMember(actor, input);
    circlePage(input.circleId);
    return { role: input.role };
  },
  { revalidate: ['/circles'] },
);

export const removeCircleMemberAction = authedAction(
  ZCircleMemberKey,
  async (actor, input) => {
    await removeCircleMember(actor, input);
    circlePage(input.circleId);
    return { personId: input.personId };
  },
  { revalidate: ['/circles'] },
);

export const createCircleAction = authedAction(ZCreateCircleInput, async (actor, input) => {
  const { id } = await createCircle(actor, input);
  redirect(`/circles/${id}`);
}, { revalidate: ['/circles'], idempotent: 'createCircle' });

export const updateCircleAction = authedAction(ZUpdateCircleInput, async (actor, { acceptVersion, version, original, edited, ...input }) => {
  // After a conflict the user may save their changes over the newer version.
  await updateCircle(actor, { ...input, version: acceptVersion ?? version, edits: editsOf({ original, edited }) });
  circlePage(input.id);
  redirect(`/circles/${input.id}`);
}, { revalidate: ['/circles'] });
