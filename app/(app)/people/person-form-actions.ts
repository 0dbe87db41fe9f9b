'use server';

import { redirect } from 'next/navigation';
import { authedAction } from '@/lib/entry/action';
import { createPerson, updatePerson } from '@/lib/data/people/write';
import { findDuplicates, getPersonFormValues } from '@/lib/data/people/form';
import { AppError, isAppError } from '@/lib/errors';
import { displayName } from '@/lib/format/person-name';
import { ZPersonForm, type TPersonForm } from '@/lib/validation/person';

function dataOf({ version: _v, confirmDuplicate: _c, acceptVersion: _a, original: _o, id: _i, ...input }: TPersonForm) {
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

/** The fields whose saved value differs from what the form was opened with: someone else's changes. */
function changedSince(original: string | undefined, current: Record<string, unknown>) {
  let before: Record<string, unknown> = {};
  try {
    before = JSON.parse(original ?? '{}') as Record<string, unknown>;
  } catch {
    return [];
  }
  return Object.keys(current)
    .filter((k) => JSON.stringify(before[k] ?? '') !== JSON.stringify(current[k] ?? ''))
    .map((k) => ({ field: k.replace(/^(phones|emails)\.\d+\..*$/, '$1'), value: Array.isArray(current[k]) ? (current[k] as string[]).join(', ') : String(current[k]) }))
    .filter((c, i, all) => all.findIndex((o) => o.field === c.field) === i);
}

export const updatePersonAction = authedAction(ZPersonForm, async (actor, form) => {
  if (!form.id) throw new AppError('NOT_FOUND');
  const version = form.acceptVersion ?? form.version;
  if (!version) throw new AppError('INVALID', 'invalid');
  try {
    await updatePerson(actor, { id: form.id, version, patch: dataOf(form) });
  } catch (e) {
    if (!isAppError(e, 'CONFLICT')) throw e;
    const current = await getPersonFormValues(actor, form.id);
    throw new AppError('CONFLICT', e.message, { currentVersion: current.version, theirs: changedSince(form.original, current.values) });
  }
  redirect(`/people/${form.id}`);
});
