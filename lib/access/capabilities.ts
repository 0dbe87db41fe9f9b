import type { TActor } from '@/lib/access/actor';
import { notFoundError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';

// Who may do what: the one table, read by pages and components (can: what to show) and by the
// data layer (requireCan: what to refuse). It follows DESIGN.md's "Who may see and change what";
// tests/unit/capabilities.test.ts holds it to that table. Which records an allowed actor reaches
// is the scopes' business (lib/access/scopes/), never decided here.
// Safe to import from client components: it holds no secrets and touches no database.

const LEADERSHIP = ['ADMIN'] as const;
const ORGANIZERS = ['ADMIN', 'COORDINATOR'] as const;
const EVERYONE = ['ADMIN', 'COORDINATOR', 'MEMBER'] as const;

const TABLE = {
  // The areas: which pages answer at all, and what the navigation shows.
  'area.people': EVERYONE,
  'area.circles': EVERYONE,
  'area.organizations': ORGANIZERS,
  'area.mobilizations': EVERYONE,
  'area.precincts': ORGANIZERS,
  'area.followUps': ORGANIZERS,
  'area.me': EVERYONE,
  'area.admin': LEADERSHIP,

  // Whose view is the whole organization (DESIGN.md's "all"), and whose scope is assigned to them.
  'scope.all': LEADERSHIP,
  'scope.assigned': ['COORDINATOR'],
  // The ward's figures on the home page; members land on their own short home instead.
  'home.dashboard': ORGANIZERS,

  // People (each one within the actor's scope). Members add the people they know through "My
  // people" (addMine), never through the full form, where any field and any ladder stage is set.
  'people.addMine': EVERYONE,
  'people.create': ORGANIZERS,
  'people.setStage': ORGANIZERS,
  'people.delete': ORGANIZERS,
  'people.bulkEdit': ORGANIZERS,
  'people.filterByGroup': ORGANIZERS,
  'people.setRecruiter': ORGANIZERS,
  // A person's ladder stage, tags, organizers' notes, source, precinct and voter status.
  'people.organize': ORGANIZERS,
  'people.merge': LEADERSHIP,
  'people.trash': LEADERSHIP,
  'people.export': LEADERSHIP,
  // Saved views of the people table: organizers' daily questions, reopened in one tap.
  'people.saveViews': ORGANIZERS,

  // Circles: members see the ones they belong to, by name and their own role only.
  'circles.create': LEADERSHIP,
  'circles.edit': LEADERSHIP,
  'circles.seeMembers': ORGANIZERS,
  'circles.manageMembers': ORGANIZERS,

  // Allied organizations.
  'organizations.create': LEADERSHIP,
  'organizations.edit': ORGANIZERS, // and, for a coordinator, only a relationship they own: see RECORD_RULES
  'organizations.changeOwner': LEADERSHIP,
  'organizations.own': ORGANIZERS,

  // Interactions: members see none and log none.
  'interactions.read': ORGANIZERS,
  'interactions.log': ORGANIZERS,

  // Mobilizations: members answer for their own commitment only.
  'mobilizations.plan': LEADERSHIP,
  'mobilizations.organize': ORGANIZERS,
  'mobilizations.promote': LEADERSHIP,

  // Wards and precincts: coordinators read the places in their scope (the ward picture);
  // leadership manages them (Admin → Places), and confirms those an import or the API names.
  'precincts.read': ORGANIZERS,
  'precincts.importResults': LEADERSHIP,
  'places.manage': LEADERSHIP,

  // Users, roles, audit, settings, API tokens, imports.
  'admin.users': LEADERSHIP,
  'admin.audit': LEADERSHIP,
  'admin.settings': LEADERSHIP,
  'admin.apiTokens': LEADERSHIP,
  'imports.run': LEADERSHIP,

  // Two-factor sign-in: required of leadership (their accounts are the keys to everything), offered to all.
  'account.requireSecondFactor': LEADERSHIP,
} as const satisfies Record<string, readonly Role[]>;

export type TCapability = keyof typeof TABLE;

/** The capabilities that depend on the record as well as the role, and the fields they read. */
type TRecords = {
  'organizations.edit': { ownerUserId: string | null };
};
/** A capability decided by the role alone. */
export type TRoleCapability = Exclude<TCapability, keyof TRecords>;

const RECORD_RULES: { [C in keyof TRecords]: (actor: TCanActor, record: TRecords[C]) => boolean } = {
  // Security: leadership edits any organization; a coordinator only a relationship they own.
  'organizations.edit': (actor, org) => roleCan(actor.role, 'scope.all') || org.ownerUserId === actor.userId,
};

type TCanActor = Pick<TActor, 'role' | 'userId'>;
type TRecordArg<C extends TCapability> = C extends keyof TRecords ? [record: TRecords[C]] : [];

/** Every capability in the table, in its order. */
export const CAPABILITIES = Object.keys(TABLE) as TCapability[];

/** Whether a role has a capability that does not depend on the record (also for a user row that is not the actor). */
export function roleCan(role: Role, capability: TRoleCapability): boolean {
  return (TABLE[capability] as readonly Role[]).includes(role);
}

/** The roles that have a capability, for a query over users (e.g. who may own a relationship). */
export function rolesWith(capability: TRoleCapability): Role[] {
  return [...TABLE[capability]];
}

/** Whether the actor may: for pages and components deciding what to show. */
export function can<C extends TCapability>(actor: TCanActor, capability: C, ...record: TRecordArg<C>): boolean {
  if (!(TABLE[capability] as readonly Role[]).includes(actor.role)) return false;
  const rule = RECORD_RULES[capability as keyof TRecords] as ((a: TCanActor, r: unknown) => boolean) | undefined;
  return rule ? rule(actor, record[0]) : true;
}

/**
 * For data functions: the actor may, or the thing does not exist for them. NotFound, the same
 * answer as for a missing record, so a refusal never reveals what is there.
 */
// Security: every data function that not every role may call starts with this line.
export function requireCan<C extends TCapability>(actor: TCanActor, capability: C, ...record: TRecordArg<C>): void {
  if (!can(actor, capability, ...record)) throw notFoundError();
}
