import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { updatePerson } from '@/lib/data/people/write';
import { notFoundError } from '@/lib/errors';
import type { TEdits } from '@/lib/validation/edits';
import type { TMyProfileForm } from '@/lib/validation/me';
import { contactRowValues, formLanguages } from '@/lib/validation/person';

// "My profile": the signed-in user's own record, and nothing about anyone else. Works the same
// for members, coordinators and leaders; the record is the one linked to their account.

/** The user's own contact details, languages, consent choices, and their circles' names and their role. */
export async function getMyProfile(actor: TActor) {
  if (!actor.personId) return null;
  const person = await db.person.findFirst({
    where: { id: actor.personId, deletedAt: null },
    select: {
      id: true,
      givenName: true,
      familyName: true,
      preferredName: true,
      preferredLanguage: true,
      languages: true,
      contactConsent: true,
      doNotContact: true,
      version: true,
      phones: { select: { e164: true, type: true, smsConsent: true, doNotCall: true }, orderBy: [{ isPrimary: 'desc' }, { e164: 'asc' }] },
      emails: { select: { email: true, status: true }, orderBy: [{ isPrimary: 'desc' }, { email: 'asc' }] },
      // Security: only the circle's name and the user's own role in it, never its other members.
      memberships: {
        where: { circle: { deletedAt: null } },
        select: { role: true, circle: { select: { id: true, name: true } } },
        orderBy: { circle: { name: 'asc' } },
      },
    },
  });
  if (!person) return null;
  const { memberships, ...rest } = person;
  return { ...rest, circles: memberships.map((m) => ({ id: m.circle.id, name: m.circle.name, role: m.role })) };
}
export type TMyProfile = NonNullable<Awaited<ReturnType<typeof getMyProfile>>>;

/** The profile form's inputs, as it fills them (the names it submits). */
export function myProfileFormValues(p: TMyProfile): Record<string, string | string[] | boolean> {
  return {
    preferredLanguage: p.preferredLanguage,
    languages: formLanguages(p.languages),
    contactConsent: p.contactConsent,
    doNotContact: p.doNotContact,
    ...contactRowValues(p.phones, p.emails),
  };
}

type TMyProfilePatch = Omit<TMyProfileForm, 'version' | 'acceptVersion' | 'original' | 'edited'>;

/**
 * Saves the fields the user changed on top of `version` (CONFLICT if their record changed
 * meanwhile, with what is saved now among the form's own inputs only).
 */
export async function updateMyProfile(actor: TActor, { version, edits, ...patch }: TMyProfilePatch & { version: number; edits?: TEdits }) {
  if (!actor.personId) throw notFoundError();
  // updatePerson scopes, version-checks and audits; the patch holds only self-service fields.
  // An answer given here is the person's own.
  return updatePerson(actor, { id: actor.personId, version, patch, edits, via: 'SELF' });
}
