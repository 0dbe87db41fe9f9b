'use server';

import { redirect } from 'next/navigation';
import { authedAction } from '@/lib/entry/action';
import { createPerson, updatePerson } from '@/lib/data/people/write';
import { findDuplicates } from '@/lib/data/people/form';
import { AppError } from '@/lib/errors';
import { displayName } from '@/lib/format/person-name';
import { editsOf } from '@/lib/validation/edits';
import { ZPersonForm, type TPersonForm } from '@/lib/validation/person';

function dataOf({ version: _v, confirmDuplicate: _c, acceptVersion: _a, original: _o, edited: _e, id: _i, ...input }: TPersonForm) {
  return input;
}

/** Create a person; warn first when someone the user may see shares an email or phone. */
export const createPersonAction = authedAction(ZPersonForm, async (actor, form) => {
  if (!form.confirmDuplicate) {
    const duplicates = await findDuplicates(actor, { emails: form.emails.map((e) => e.email), phones: form.phones.map((p) => p.e164) });
    if (duplicates.length) {
      throw new AppError('INVALID', 'possibleDuplicate', { duplicates: duplicates.map((d) => ({ id: d.id, name: displayName(d) })) });
    }
  }
  const { id } = await createPerson(actor, dataOf(form));
  redirect(`/people/${id}`);
});

/**
 * Saves the fields the user changed. A stale save comes back from the data layer as a CONFLICT
 * with what is saved now; after it, "Save my version" sends the version it was told (acceptVersion).
 */
export const updatePersonAction = authedAction(ZPersonForm, async (actor, form) => {
  if (!form.id) throw new AppError('NOT_FOUND');
  const version = form.acceptVersion ?? form.version;
  if (!version) throw new AppError('INVALID', 'invalid');
  await updatePerson(actor, { id: form.id, version, patch: dataOf(form), edits: editsOf(form) });
  redirect(`/people/${form.id}`);
});
