'use server';

import { redirect } from 'next/navigation';
import { authedAction } from '@/lib/entry/action';
import { addMyPerson, updateMyPerson } from '@/lib/data/people/my-people';
import { addMyPersonInput, updateMyPersonInput } from '@/lib/validation/me';

export const addMyPersonAction = authedAction(addMyPersonInput, async (actor, input) => {
  await addMyPerson(actor, input);
  redirect('/me/people?done=added');
}, { idempotent: 'addMyPerson' });

export const updateMyPersonAction = authedAction(updateMyPersonInput, async (actor, input) => {
  await updateMyPerson(actor, input);
  redirect('/me/people?done=saved');
});
