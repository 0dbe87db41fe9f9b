import type { TApiPerson } from '@/lib/osdi/person-dto';
import { precinctLabel } from '@/lib/format/precinct';
import { emailStatusToOsdi, phoneToOsdi } from '@/lib/osdi/consent';

// Leaven's records in OSDI's shape. Pure: the data layer hands these functions what the actor may see.

export const personUrl = (base: string, id: string) => `${base}/api/osdi/v1/people/${id}`;
export const tagUrl = (base: string, id: string) => `${base}/api/osdi/v1/tags/${id}`;

export function osdiPerson(base: string, p: TApiPerson) {
  const self = personUrl(base, p.id);
  return {
    identifiers: [`leaven:${p.id}`],
    created_date: p.createdAt.toISOString(),
    modified_date: p.updatedAt.toISOString(),
    given_name: p.givenName,
    family_name: p.familyName,
    preferred_language: p.preferredLanguage,
    languages_spoken: p.languages,
    source: p.source,
    // Consent as recorded: an unknown goes out with no status, never as "subscribed" (lib/osdi/consent.ts).
    email_addresses: p.emails.map((e) => ({ address: e.email, primary: e.isPrimary, ...emailStatusToOsdi(e.status) })),
    phone_numbers: p.phones.map((ph) => ({ number: ph.e164, primary: ph.isPrimary, ...phoneToOsdi(ph.type, ph.smsConsent), do_not_call: ph.doNotCall })),
    postal_addresses:
      p.street || p.city || p.postalCode
        ? [{ primary: true, address_lines: p.street ? [p.street] : [], locality: p.city, postal_code: p.postalCode, country: 'US' }]
        : [],
    custom_fields: {
      preferred_name: p.preferredName,
      pronouns: p.pronouns,
      ladder_stage: p.ladderStage,
      registered_voter: p.registeredVoter,
      precinct: precinctLabel(p.precinct),
      contact_consent: p.contactConsent,
      do_not_contact: p.doNotContact,
      notes: p.notes,
    },
    _links: { self: { href: self }, 'osdi:taggings': { href: `${self}/taggings` }, 'osdi:attendances': { href: `${self}/attendances` } },
  };
}

export function osdiTag(base: string, t: { id: string; name: string }) {
  const self = tagUrl(base, t.id);
  return { identifiers: [`leaven:${t.id}`], name: t.name, _links: { self: { href: self }, 'osdi:taggings': { href: `${self}/taggings` } } };
}

export function osdiTagging(base: string, tagId: string, personId: string) {
  return {
    identifiers: [`leaven:${tagId}:${personId}`],
    _links: {
      self: { href: `${tagUrl(base, tagId)}/taggings/${personId}` },
      'osdi:tag': { href: tagUrl(base, tagId) },
      'osdi:person': { href: personUrl(base, personId) },
    },
  };
}
