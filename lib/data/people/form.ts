import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { can } from '@/lib/access/capabilities';
import { personScope } from '@/lib/access/scopes/people';
import { notFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { contactRowValues, formLanguages, ORGANIZER_PERSON_FIELDS } from '@/lib/validation/person';

// What the person form reads: a person's values, the precincts to choose from, and the people
// it may be a duplicate of. The saves are in write.ts.

export type TPersonFormValues = Record<string, string | string[] | boolean>;

/** What a person's edit form shows, read in one query: their contacts in the form's order, and tags. */
export const FORM_INCLUDE = {
  phones: { orderBy: [{ isPrimary: 'desc' }, { e164: 'asc' }] },
  emails: { orderBy: [{ isPrimary: 'desc' }, { email: 'asc' }] },
  tags: { include: { tag: true } },
} satisfies Prisma.PersonInclude;

type TFormRow = Prisma.PersonGetPayload<{ include: typeof FORM_INCLUDE }>;

/** A person as the edit form's flat field values (the names the form submits), with their version. */
export async function getPersonFormValues(actor: TActor, id: string): Promise<{ version: number; values: TPersonFormValues }> {
  const p = await db.person.findFirst({ where: { AND: [{ id }, personScope(actor)] }, include: FORM_INCLUDE });
  if (!p) throw notFoundError();
  const values = personFormValues(p);
  // Security: a member is given none of what organizers keep about a person, not even as a form's starting values.
  if (!can(actor, 'people.organize')) for (const field of ORGANIZER_PERSON_FIELDS) delete (values as Record<string, unknown>)[field];
  return { version: p.version, values };
}

export function personFormValues(p: TFormRow): TPersonFormValues {
  return {
    givenName: p.givenName ?? '',
    familyName: p.familyName ?? '',
    preferredName: p.preferredName ?? '',
    pronouns: p.pronouns ?? '',
    preferredLanguage: p.preferredLanguage,
    languages: formLanguages(p.languages),
    street: p.street ?? '',
    city: p.city ?? '',
    postalCode: p.postalCode ?? '',
    precinctId: p.precinctId ?? '',
    ladderStage: p.ladderStage,
    registeredVoter: p.registeredVoter,
    source: p.source ?? '',
    notes: p.notes ?? '',
    contactConsent: p.contactConsent,
    doNotContact: p.doNotContact,
    tags: p.tags.map((t) => t.tag.name).sort().join(', '),
    ...contactRowValues(p.phones, p.emails),
  };
}

/** Every precinct, for choosing one: their names and numbers are public, not personal. */
export async function listPrecinctOptions(_actor: TActor) {
  const precincts = await db.precinct.findMany({
    select: { id: true, number: true, name: true, ward: { select: { number: true } } },
    orderBy: [{ ward: { number: 'asc' } }, { number: 'asc' }],
  });
  return precincts.map((p) => ({ id: p.id, label: `${p.ward.number}-${p.number}${p.name ? ` · ${p.name}` : ''}` }));
}

/** People in the actor's scope who share an email or phone with the given ones (out-of-scope matches stay hidden). */
export async function findDuplicates(actor: TActor, { emails, phones, excludeId }: { emails: string[]; phones: string[]; excludeId?: string }) {
  if (!emails.length && !phones.length) return [];
  const people = await db.person.findMany({
    where: {
      AND: [
        personScope(actor),
        excludeId ? { id: { not: excludeId } } : {},
        { OR: [{ emails: { some: { email: { in: emails } } } }, { phones: { some: { e164: { in: phones } } } }] },
      ],
    },
    select: { id: true, givenName: true, familyName: true, preferredName: true },
    take: 5,
  });
  return people;
}
