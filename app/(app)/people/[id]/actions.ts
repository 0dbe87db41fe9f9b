'use server';

import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/entry/action';
import { addRelationship, removeRelationship, setRecruiter, updateRelationship } from '@/lib/data/people/relationships';
import {
  ZAddRelationshipInput,
  ZRemoveRelationshipInput,
  ZSetRecruiterInput,
  ZUpdateRelationshipInput,
} from '@/lib/validation/relationship';

// A tie shows on both people's profiles (and in their network pictures), so every profile is revalidated.
const profiles = () => revalidatePath('/people/[id]', 'page');

export const addRelationshipAction = authedAction(ZAddRelationshipInput, async (actor, input) => {
  const created = await addRelationship(actor, input);
  profiles();
  return created;
}, { idempotent: 'addRelationship' });

export const updateRelationshipAction = authedAction(ZUpdateRelationshipInput, async (actor, input) => {
  const saved = await updateRelationship(actor, input);
  profiles();
  return saved;
});

export const removeRelationshipAction = authedAction(ZRemoveRelationshipInput, async (actor, input) => {
  await removeRelationship(actor, input);
  profiles();
  return { id: input.id };
});

export const setRecruiterAction = authedAction(ZSetRecruiterInput, async (actor, input) => {
  const saved = await setRecruiter(actor, input);
  profiles();
  return saved;
});
