import type { Prisma } from '@/lib/generated/prisma/client';
import { precinctLabelSelect } from '@/lib/format/precinct';

// The person as the OSDI API reads them: what the data layer selects (lib/data/osdi/people.ts)
// and what the serializer turns into OSDI's shape (serialize.ts). Shared vocabulary, so the two
// layers agree without importing each other.

export const apiPersonSelect = {
  id: true, givenName: true, familyName: true, preferredName: true, pronouns: true, preferredLanguage: true, languages: true, street: true, city: true,
  postalCode: true, ladderStage: true, registeredVoter: true, source: true, notes: true, contactConsent: true, doNotContact: true, createdAt: true, updatedAt: true,
  precinct: precinctLabelSelect,
  emails: { select: { email: true, status: true, isPrimary: true }, orderBy: [{ isPrimary: 'desc' }, { email: 'asc' }] },
  phones: { select: { e164: true, type: true, smsConsent: true, doNotCall: true, isPrimary: true }, orderBy: [{ isPrimary: 'desc' }, { e164: 'asc' }] },
} satisfies Prisma.PersonSelect;
/** A person as the API reads them: what apiPersonSelect selects. */
export type TApiPerson = Prisma.PersonGetPayload<{ select: typeof apiPersonSelect }>;
