'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/lib/action';
import { deletePerson, restorePerson } from '@/lib/data/people-write';

const ZId = z.object({ id: z.uuid() });

export const deletePersonAction = authedAction(ZId, async (actor, { id }) => {
  await deletePerson(actor, id);
  redirect('/people');
});

export const restorePersonAction = authedAction(ZId, async (actor, { id }) => restorePerson(actor, id), { revalidate: ['/people/trash'] });
