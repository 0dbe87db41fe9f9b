import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { personRefJson, personOrder, toDate, type TPersonRef } from '@/lib/data/profile/sql';
import { membershipScopeSql } from '@/lib/access/scopes/circles';
import { organizationScopeSql } from '@/lib/access/scopes/organizations';
import { personScopeSql } from '@/lib/access/scopes/people';
import type { CircleKind, CircleRole, Consent, ConsentSource, EmailStatus, LadderStage, OrganizationKind, PhoneType, RelationshipKind, VoterStatus } from '@/lib/generated/prisma/enums';

// The first two of the profile's queries: the person's own record (one round trip, which also
// decides NotFound), then their ladder history, circles, organizations and relationships
// (one round trip, each list a JSON aggregate). Every person, circle and organization named is
// filtered by the actor's scope inside the query.

export type TProfilePerson = {
  id: string;
  givenName: string | null;
  familyName: string | null;
  preferredName: string | null;
  pronouns: string | null;
  preferredLanguage: string;
  languages: string[];
  street: string | null;
  city: string | null;
  postalCode: string | null;
  ladderStage: LadderStage;
  memberSince: Date | null;
  source: string | null;
  registeredVoter: VoterStatus;
  notes: string | null;
  contactConsent: boolean;
  doNotContact: boolean;
  version: number;
  updatedAt: Date;
  precinct: { number: number; ward: { number: number } } | null;
  emails: { email: string; status: EmailStatus; statusAt: Date | null; statusHow: ConsentSource | null; isPrimary: boolean }[];
  phones: { e164: string; type: PhoneType; smsConsent: Consent; smsConsentAt: Date | null; smsConsentHow: ConsentSource | null; doNotCall: boolean; isPrimary: boolean }[];
  tags: { tag: { name: string } }[];
  /** Only when the recruiter is someone the viewer may see. */
  recruitedBy: TPersonRef | null;
};

export async function queryProfilePerson(actor: TActor, id: string): Promise<TProfilePerson | null> {
  const rows = await db.$queryRaw<TProfilePerson[]>`
    SELECT p.id, p.given_name AS "givenName", p.family_name AS "familyName", p.preferred_name AS "preferredName",
           p.pronouns, p.preferred_language AS "preferredLanguage", p.languages, p.street, p.city, p.postal_code AS "postalCode",
           p.ladder_stage::text AS "ladderStage", p.member_since AS "memberSince", p.source,
           p.registered_voter::text AS "registeredVoter", p.notes, p.contact_consent AS "contactConsent",
           p.do_not_contact AS "doNotContact", p.version, p.updated_at AS "updatedAt",
           (SELECT json_build_object('number', pr.number, 'ward', json_build_object('number', w.number))
              FROM precinct pr JOIN ward w ON w.id = pr.ward_id WHERE pr.id = p.precinct_id) AS precinct,
           COALESCE((SELECT json_agg(json_build_object('email', e.email, 'status', e.status, 'statusAt', e.status_at, 'statusHow', e.status_how, 'isPrimary', e.is_primary)
                       ORDER BY e.is_primary DESC, e.email) FROM person_email e WHERE e.person_id = p.id), '[]') AS emails,
           COALESCE((SELECT json_agg(json_build_object('e164', ph.e164, 'type', ph.phone_type, 'smsConsent', ph.sms_consent, 'smsConsentAt', ph.sms_consent_at,
                                                       'smsConsentHow', ph.sms_consent_how, 'doNotCall', ph.do_not_call, 'isPrimary', ph.is_primary)
                       ORDER BY ph.is_primary DESC, ph.e164) FROM person_phone ph WHERE ph.person_id = p.id), '[]') AS phones,
           COALESCE((SELECT json_agg(json_build_object('tag', json_build_object('name', t.name)) ORDER BY t.name)
                       FROM person_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.person_id = p.id), '[]') AS tags,
           (SELECT ${personRefJson('rb')} FROM person rb WHERE rb.id = p.recruited_by_id AND ${personScopeSql(actor, 'rb', 'check')}) AS "recruitedBy"
      FROM person p
     WHERE p.id = ${id}::uuid AND ${personScopeSql(actor, 'p', 'check')}`;
  const person = rows[0];
  if (!person) return null;
  // JSON carries the answers' times as text.
  const when = (at: Date | string | null) => (at === null ? null : toDate(String(at)));
  return {
    ...person,
    emails: person.emails.map((e) => ({ ...e, statusAt: when(e.statusAt) })),
    phones: person.phones.map((ph) => ({ ...ph, smsConsentAt: when(ph.smsConsentAt) })),
  };
}

export type TLadderStep = { id: string; fromStage: LadderStage | null; toStage: LadderStage; changedAt: Date; credited: TPersonRef | null };
export type TProfileCircle = { id: string; name: string; kind: CircleKind; role: CircleRole; since: string };
export type TProfileOrganization = { id: string; name: string; kind: OrganizationKind; role: string | null; isPointPerson: boolean };
export type TProfileRelationship = { id: string; kind: RelationshipKind; strength: number; note: string | null; other: TPersonRef & { ladderStage: LadderStage } };
export type TProfileTies = { ladder: TLadderStep[]; circles: TProfileCircle[]; organizations: TProfileOrganization[]; relationships: TProfileRelationship[] };

type TTiesRow = Omit<TProfileTies, 'ladder'> & { ladder: (Omit<TLadderStep, 'changedAt'> & { changedAt: string })[] };

export async function queryProfileTies(actor: TActor, id: string): Promise<TProfileTies> {
  const rows = await db.$queryRaw<TTiesRow[]>`
    SELECT
      COALESCE((SELECT json_agg(json_build_object('id', lc.id, 'fromStage', lc.from_stage, 'toStage', lc.to_stage, 'changedAt', lc.changed_at,
                  'credited', (SELECT ${personRefJson('cr')} FROM person cr WHERE cr.id = lc.credited_id AND ${personScopeSql(actor, 'cr', 'check')}))
                  ORDER BY lc.changed_at DESC, lc.id)
                  FROM ladder_change lc WHERE lc.person_id = ${id}::uuid), '[]') AS ladder,
      COALESCE((SELECT json_agg(json_build_object('id', c.id, 'name', c.name, 'kind', c.kind, 'role', m.role, 'since', m.since) ORDER BY c.name, c.id)
                  FROM circle_membership m JOIN circle c ON c.id = m.circle_id
                 WHERE m.person_id = ${id}::uuid AND ${membershipScopeSql(actor, 'm', 'c')}), '[]') AS circles,
      COALESCE((SELECT json_agg(json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'role', a.role, 'isPointPerson', a.is_point_person)
                  ORDER BY a.is_point_person DESC, o.name, o.id)
                  FROM affiliation a JOIN organization o ON o.id = a.organization_id
                 WHERE a.person_id = ${id}::uuid AND ${organizationScopeSql(actor, 'o')}), '[]') AS organizations,
      COALESCE((SELECT json_agg(json_build_object('id', r.id, 'kind', r.kind, 'strength', r.strength, 'note', r.note,
                  'other', ${personRefJson('op')}::jsonb || jsonb_build_object('ladderStage', op.ladder_stage))
                  ORDER BY r.strength DESC, ${personOrder('op')})
                  FROM relationship r
                  JOIN person op ON op.id = CASE WHEN r.person_a_id = ${id}::uuid THEN r.person_b_id ELSE r.person_a_id END
                 WHERE (r.person_a_id = ${id}::uuid OR r.person_b_id = ${id}::uuid) AND ${personScopeSql(actor, 'op', 'check')}), '[]') AS relationships`;
  const row = rows[0]!;
  return { ...row, ladder: row.ladder.map((s) => ({ ...s, changedAt: toDate(s.changedAt) })) };
}

