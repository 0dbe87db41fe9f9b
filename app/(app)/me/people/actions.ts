'use server';

import { redirect } from 'next/navigation';
import { authedAction } from '@/lib/entry/action';
import { addMyPerson, updateMyPerson } from '@/lib/data/people/my-people';
import { ZAddMyPersonInput, ZUpdateMyPersonInput } from '@/lib/validation/me';

export const addMyPersonAction = authedAction(ZAddMyPersonInput, async (actor, input) => {
  await addMyPerson(actor, input);
  redirect('/me/people?done=added');
}, { idempotent: 'addMyPerson' });

export const updateMyPersonAction = authedAction(ZUpdateMyPersonInput, async (actor, input) => {
  await updateMyPerson(actor, input);
  redirect('/me/people?done=saved');
});
