import type { CircleKind, Closeness, OrganizationKind, Role } from '../../lib/generated/prisma/enums';

// The fixed cast of the demo ward: its circles, allies, tag vocabulary and the people behind
// the three demo sign-ins. Every name here is invented.
//
// The tag vocabulary is about what people do and can offer. Never add a tag about immigration
// status, citizenship, visas or country of birth: Leaven keeps no such fact, in any field.

export const DEMO_SEED = 25;

export type TCircleKey =
  | 'ipo' | 'club' | 'club2' | 'lsc' | 'faith' | 'union' | 'youth' | 'informal' | 'pantry';

export type TCircleSpec = { key: TCircleKey; name: string; kind: CircleKind; description: string };

export const CIRCLES: readonly TCircleSpec[] = [
  { key: 'ipo', name: '25th Ward IPO members', kind: 'MEMBER_CIRCLE',
    description: 'Every dues-paying member of the 25th Ward Independent Political Organization.' },
  { key: 'club', name: 'Club Social Villa Nopalera de Chicago', kind: 'HOMETOWN_CLUB',
    description: 'Families with roots in Villa Nopalera: the August fiesta, Sunday soccer, a scholarship fund.' },
  { key: 'club2', name: 'Club Amigos de Santa Ofelia', kind: 'HOMETOWN_CLUB',
    description: 'A younger hometown club; meets the first Friday of the month at the bakery on Maguey.' },
  { key: 'lsc', name: 'Tamarindo Park Elementary LSC', kind: 'SCHOOL_COUNCIL',
    description: 'The Local School Council of Tamarindo Park Elementary, and the parents who come to every meeting.' },
  { key: 'faith', name: 'San Lázaro de la Ribera justice committee', kind: 'FAITH',
    description: 'The parish committee that runs the pantry and turns people out for hearings.' },
  { key: 'union', name: 'Local 4417 members in the ward', kind: 'UNION',
    description: 'Kitchen and warehouse workers of Local 4417 who live in the ward.' },
  { key: 'youth', name: 'Jóvenes del 25', kind: 'YOUTH',
    description: 'High-school and college students: tutoring, murals, and registration drives.' },
  { key: 'informal', name: 'Vecinas de la Zapote', kind: 'INFORMAL',
    description: 'Neighbours on S Zapote Ave who look after each other: rides, childcare, a group chat.' },
  { key: 'pantry', name: 'Despensa Solidaria volunteers', kind: 'OTHER',
    description: 'The Saturday food pantry at the parish hall.' },
];

export type TOrganizationKey = 'neighbors' | 'tenants' | 'local' | 'parish' | 'parents' | 'air' | 'club12' | 'soccer';

export type TOrganizationSpec = {
  key: TOrganizationKey;
  name: string;
  kind: OrganizationKind;
  closeness: Closeness;
  owner: Role;
  roles: readonly string[];
  agreementNotes: string;
  disagreementNotes: string | null;
};

export const ORGANIZATIONS: readonly TOrganizationSpec[] = [
  { key: 'neighbors', name: 'Nopalera Neighbors United', kind: 'COMMUNITY', closeness: 'CORE_ALLY', owner: 'ADMIN',
    roles: ['board member', 'organizer', 'block captain', 'member'],
    agreementNotes: 'Street safety, school funding and the tenant ordinance.',
    disagreementNotes: 'Prefers to stay out of aldermanic races.' },
  { key: 'tenants', name: 'Southwest Corridor Tenants Union', kind: 'TENANT', closeness: 'CORE_ALLY', owner: 'COORDINATOR',
    roles: ['building rep', 'organizer', 'member'],
    agreementNotes: 'Just-cause eviction and rent stabilization; shares its phone bank.',
    disagreementNotes: 'Wants us to endorse before our members have voted on it.' },
  { key: 'local', name: 'Kitchen & Warehouse Workers Local 4417', kind: 'LABOR', closeness: 'ALLY', owner: 'ADMIN',
    roles: ['steward', 'organizer', 'member'],
    agreementNotes: 'Wage-theft enforcement; lends its hall for ward meetings.',
    disagreementNotes: 'Backed the other candidate in the last primary; its endorsements are closed to non-members.' },
  { key: 'parish', name: 'San Lázaro de la Ribera Parish', kind: 'FAITH', closeness: 'ALLY', owner: 'COORDINATOR',
    roles: ['parish council', 'catechist', 'pantry lead', 'parishioner'],
    agreementNotes: 'The pantry, the school campaign, the posadas.',
    disagreementNotes: 'The pastor will not host anything partisan.' },
  { key: 'parents', name: 'Tamarindo Park Parents for Public Schools', kind: 'EDUCATION', closeness: 'ALLY', owner: 'COORDINATOR',
    roles: ['chair', 'parent volunteer', 'member'],
    agreementNotes: 'Full funding for neighbourhood schools; bilingual programs.',
    disagreementNotes: null },
  { key: 'air', name: 'Southwest Side Clean Air Alliance', kind: 'ADVOCACY', closeness: 'OCCASIONAL', owner: 'ADMIN',
    roles: ['staff', 'volunteer'],
    agreementNotes: 'The truck-depot zoning fight.',
    disagreementNotes: 'Grant-funded, so it cannot do electoral work; slow to decide.' },
  { key: 'club12', name: 'Halvard Square Democratic Club', kind: 'POLITICAL', closeness: 'DISTANT', owner: 'ADMIN',
    roles: ['precinct captain', 'officer'],
    agreementNotes: 'Both want public hearings on the ward remap.',
    disagreementNotes: 'Opposed our candidate; runs its precincts on favours, not meetings.' },
  { key: 'soccer', name: 'Colibrí Youth Soccer League', kind: 'OTHER', closeness: 'OCCASIONAL', owner: 'COORDINATOR',
    roles: ['coach', 'parent'],
    agreementNotes: 'Families from the league come to the festival and the back-to-school drive.',
    disagreementNotes: 'Stays out of politics entirely.' },
];

export const TAGS = [
  'bus-captain', 'spanish-interpreter', 'childcare-volunteer', 'lsc-parent', 'tenant-leader', 'driver',
  'cook', 'phone-banker', 'canvasser', 'social-media', 'first-aid', 'sign-maker',
] as const;
export type TTag = (typeof TAGS)[number];

export type TDemoPersonSpec = {
  role: Role;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  pronouns: string;
  preferredLanguage: string;
  languages: string[];
};

// The people the demo users sign in as: a leader who runs the ward, a coordinator who holds
// the hometown club and the school council, and a member with a handful of recruits.
export const DEMO_PEOPLE: readonly TDemoPersonSpec[] = [
  { role: 'ADMIN', givenName: 'Rosa Elvira', familyName: 'Peña Villaseñor', preferredName: 'Rosa', pronouns: 'ella',
    preferredLanguage: 'es', languages: ['es', 'en'] },
  { role: 'COORDINATOR', givenName: 'Marisol', familyName: 'Ocampo', preferredName: null, pronouns: 'ella',
    preferredLanguage: 'es', languages: ['es', 'en'] },
  { role: 'MEMBER', givenName: 'Tomás', familyName: 'Quintero', preferredName: null, pronouns: 'he/him',
    preferredLanguage: 'en', languages: ['en', 'es'] },
];
