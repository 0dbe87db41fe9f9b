'use server';

import { redirect } from 'next/navigation';
import { authedAction } from '@/lib/entry/action';
import { createPerson, updatePerson } from '@/lib/data/people/write';
import { findDuplicates } from '@/lib/data/people/form';
import { AppError } from '@/lib/errors';
import { displayName } from '@/lib/format/person-name';
import { editsOf } from '@/lib/validation/edits';
import { ORGANIZER_PERSON_FIELDS, personForm, type TPersonForm } from '@/lib/validation/person';
import { can } from '@/lib/access/capabilities';
import type { TActor } from '@/lib/access/actor';

/** What the form sends to the data layer: for a member, none of what organizers keep (their form has no such fields). */
function dataOf(actor: TActor, { version: _v, confirmDuplicate: _c, acceptVersion: _a, original: _o, edited: _e, id: _i, ...input }: TPersonForm) {
  if (can(actor, 'people.organize')) return input;
  const own: Partial<typeof input> = { ...input };
  for (const field of ORGANIZER_PERSON_FIELDS) delete own[field];
  return own;
}

/** Create a person; warn first when someone the user may see shares an email or phone. */
export const createPersonAction = authedAction(personForm, async (actor, form) => {
  if (!form.confirmDuplicate) {
    const duplicates = await findDuplicates(actor, { emails: form.emails.map((e) => e.email), phones: form.phones.map((p) => p.e164) });
    if (duplicates.length) {
      throw new AppError('INVALID', 'possibleDuplicate', { duplicates: duplicates.map((d) => ({ id: d.id, name: displayName(d) })) });
    }
  }
  const { id } = await createPerson(actor, dataOf(actor, form));
  redirect(`/people/${id}`);
}, { idempotent: 'createPerson' });

/**
 * Saves the fields the user changed. A stale save comes back from the data layer as a CONFLICT
 * with what is saved now; after it, "Save my version" sends the version it was told (acceptVersion).
 */
export const updatePersonAction = authedAction(personForm, async (actor, form) => {
  if (!form.id) throw new AppError('NOT_FOUND');
  const version = form.acceptVersion ?? form.version;
  if (!version) throw new AppError('INVALID', 'invalid');
  await updatePerson(actor, { id: form.id, version, patch: dataOf(actor, form), edits: editsOf(form) });
  redirect(`/people/${form.id}`);
});
