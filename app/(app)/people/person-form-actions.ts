'use server';

import { redirect } from 'next/navigation';
import { authedAction } from '@/lib/entry/action';
import { createPerson, updatePerson } from '@/lib/data/people/write';
import { findDuplicates } from '@/lib/data/people/form';
import { AppError } from '@/lib/errors';
import { displayName } from '@/lib/format/person-name';
import { personForm, type TPersonForm } from '@/lib/validation/person';

function dataOf({ version: _v, confirmDuplicate: _c, acceptVersion: _a, original: _o, id: _i, ...input }: TPersonForm) {
  return input;
}

/** Create a person; warn first when someone the user may see shares an email or phone. */
export const createPersonAction = authedAction(personForm, async (actor, form) => {
  if (!form.confirmDuplicate) {
    const duplicates = await findDuplicates(actor, { emails: form.emails.map((e) => e.email), phones: form.phones.map((p) => p.e164) });
    if (duplicates.length) {
      throw new AppError('INVALID', 'possibleDuplicate', { duplicates: duplicates.map((d) => ({ id: d.id, name: displayName(d) })) });
    }
  }
  const { id } = await createPerson(actor, dataOf(form));
  redirect(`/people/${id}`);
});

/** A stale save comes back from the data layer as a CONFLICT with what someone else changed; the wrapper words it. */
export const updatePersonAction = authedAction(personForm, async (actor, form) => {
  if (!form.id) throw new AppError('NOT_FOUND');
  const version = form.acceptVersion ?? form.version;
  if (!version) throw new AppError('INVALID', 'invalid');
  await updatePerson(actor, { id: form.id, version, patch: dataOf(form), seen: form.original });
  redirect(`/people/${form.id}`);
});
