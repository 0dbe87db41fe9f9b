'use server';

import { redirect } from 'next/navigation';
import { authedAction } from '@/lib/entry/action';
import { mergePeople } from '@/lib/data/people/merge';
import { ZMergeInput } from '@/lib/validation/merge';

export const mergePeopleAction = authedAction(ZMergeInput, async (actor, input) => {
  const { id } = await mergePeople(actor, input);
  redirect(`/people/${id}`);
});
