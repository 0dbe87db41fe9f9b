'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/lib/entry/action';
import { deletePerson, restorePerson } from '@/lib/data/people/write';
import { purgePersonNow } from '@/lib/data/people/trash';

const ZId = z.object({ id: z.uuid() });

export const deletePersonAction = authedAction(ZId, async (actor, { id }) => {
  await deletePerson(actor, id);
  redirect('/people');
});

export const restorePersonAction = authedAction(ZId, async (actor, { id }) => restorePerson(actor, id), { revalidate: ['/people/trash'] });

// "Delete now": for good, at once. Leadership only (the data layer checks); nothing comes back.
export const purgePersonAction = authedAction(ZId, async (actor, { id }) => {
  await purgePersonNow(actor, id);
  return { id };
}, { revalidate: ['/people/trash'] });
