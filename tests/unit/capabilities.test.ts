import { describe, expect, it } from 'vitest';
import { CAPABILITIES, can, requireCan, roleCan, rolesWith, type TCapability } from '../../lib/access/capabilities';
import { isAppError } from '../../lib/errors';
import type { Role } from '../../lib/generated/prisma/enums';

// lib/access/capabilities.ts held against DESIGN.md's "Who may see and change what" (and the
// three kinds of user it opens with). The grid is written out here by hand, row by row, from
// DESIGN.md: a change to the table that contradicts it fails, and so does a capability added to
// the table without its row here.

const ROLES: Role[] = ['ADMIN', 'COORDINATOR', 'MEMBER'];
const Y = true;
const N = false;

/** role × capability → allowed, as [ADMIN, COORDINATOR, MEMBER]. */
const DESIGN: Record<TCapability, [boolean, boolean, boolean]> = {
  // "people: all / those in their assigned circles, ... / their own record and my people"
  'area.people': [Y, Y, Y],
  // "organizations, circles: all / assigned ones / circles they belong to"
  'area.circles': [Y, Y, Y],
  // ... members see circles only: no organizations
  'area.organizations': [Y, Y, N],
  // "mobilizations: all / all, with commitments of people in scope / those they are asked to"
  'area.mobilizations': [Y, Y, Y],
  // "wards, precincts, settings, backups: yes / read the places in scope / no"
  'area.precincts': [Y, Y, N],
  // "interactions: all / those they logged ... / none": no follow-ups without interactions
  'area.followUps': [Y, Y, N],
  // "members: keep their own profile current, list the people they know"
  'area.me': [Y, Y, Y],
  // "users, roles, audit, export: yes / no / no"
  'area.admin': [Y, N, N],

  // "leadership: see the whole ward"; every other role sees a scope
  'scope.all': [Y, N, N],
  // "Scope: a coordinator's scope: assigned circles, organizations and precincts"
  'scope.assigned': [N, Y, N],
  // the ward's figures in scope ("wards, precincts: yes / read the places in scope / no")
  'home.dashboard': [Y, Y, N],

  // "members: ... list the people they know ('my people')": everyone adds the people they know
  'people.addMine': [Y, Y, Y],
  // ... through "my people" only: the full form, any field, is organizers' work
  'people.create': [Y, Y, N],
  // "A ladder of engagement ... the recruiter who moved them gets the credit": organizers move people up it
  'people.setStage': [Y, Y, N],
  // changing people in bulk or trashing them is organizers' work, in their scope
  'people.delete': [Y, Y, N],
  'people.bulkEdit': [Y, Y, N],
  // members see circles' names and their own role only: they cannot list a circle's people
  'people.filterByGroup': [Y, Y, N],
  // "recruited by (Person)": the credit is given by organizers
  'people.setRecruiter': [Y, Y, N],
  // "members: keep their own profile current, list the people they know": what organizers keep
  // about a person (stage, tags, notes, source, precinct, voter) is theirs to set
  'people.organize': [Y, Y, N],
  // "leadership: manage membership": merging, the trash and its purge
  'people.merge': [Y, N, N],
  'people.trash': [Y, N, N],
  // "Exports are for leadership only"; "users, roles, audit, export: yes / no / no"
  'people.export': [Y, N, N],
  // the people table's views kept by those who work from it in scope ("coordinators: ... log every
  // contact they make"); members' "my people" is a short list of their own
  'people.saveViews': [Y, Y, N],

  // "organizations, circles: all / assigned ones / circles they belong to (names and their own role only)"
  'circles.create': [Y, N, N],
  'circles.edit': [Y, N, N],
  'circles.seeMembers': [Y, Y, N],
  'circles.manageMembers': [Y, Y, N],

  // "coordinators: keep the relationships with allied organizations"
  'organizations.create': [Y, N, N],
  'organizations.edit': [Y, Y, N],
  'organizations.changeOwner': [Y, N, N],
  // "Organization: ... the coordinator who owns the relationship"
  'organizations.own': [Y, Y, N],

  // "interactions: all / those they logged, ... / none"; "coordinators: log every contact they make"
  'interactions.read': [Y, Y, N],
  'interactions.log': [Y, Y, N],

  // "leadership: plan mobilizations"; "members: answer for the mobilizations they are asked to"
  'mobilizations.plan': [Y, N, N],
  'mobilizations.organize': [Y, Y, N],
  // "the recruiter who moved them gets the credit": moving people up the ladder is leadership's
  'mobilizations.promote': [Y, N, N],

  // "wards, precincts, settings, backups: yes / read the places in scope / no"
  'precincts.read': [Y, Y, N],
  'precincts.importResults': [Y, N, N],
  // "Ward, Precinct: ... managed by leadership (one by one or from a list)"; coordinators only read them
  'places.manage': [Y, N, N],

  // "users, roles, audit, export: yes / no / no"; "settings, backups: yes / ... / no"
  'admin.users': [Y, N, N],
  'admin.audit': [Y, N, N],
  'admin.settings': [Y, N, N],
  'admin.apiTokens': [Y, N, N],
  'imports.run': [Y, N, N],

  // issue 13: "Two-factor sign-in ... required for leadership, offered to everyone"
  'account.requireSecondFactor': [Y, N, N],
};

const actorOf = (role: Role, userId = 'u-1') => ({ role, userId });
const ownedBy = (ownerUserId: string | null) => ({ ownerUserId });

describe('the capability table, against DESIGN.md', () => {
  it('has a row here for every capability, and no row for one it does not have', () => {
    expect([...CAPABILITIES].sort()).toEqual(Object.keys(DESIGN).sort());
  });

  it.each(Object.entries(DESIGN) as [TCapability, [boolean, boolean, boolean]][])('%s', (capability, expected) => {
    // A record-aware capability is asked about a record every role could have: the actor's own.
    const allowed = ROLES.map((role) =>
      capability === 'organizations.edit' ? can(actorOf(role), capability, ownedBy('u-1')) : can(actorOf(role), capability as Exclude<TCapability, 'organizations.edit'>),
    );
    expect(allowed).toEqual(expected);
  });

  it('answers the same for a role alone (a user row) as for an actor with that role', () => {
    for (const capability of CAPABILITIES) {
      if (capability === 'organizations.edit') continue;
      for (const role of ROLES) expect(roleCan(role, capability)).toBe(DESIGN[capability][ROLES.indexOf(role)]);
    }
    expect(rolesWith('organizations.own')).toEqual(['ADMIN', 'COORDINATOR']);
    expect(rolesWith('scope.assigned')).toEqual(['COORDINATOR']);
  });
});

describe('who may see and change what, by the record', () => {
  it('lets a coordinator edit only the organizations whose relationship they own; leadership any', () => {
    expect(can(actorOf('COORDINATOR', 'me'), 'organizations.edit', ownedBy('me'))).toBe(true);
    expect(can(actorOf('COORDINATOR', 'me'), 'organizations.edit', ownedBy('someone-else'))).toBe(false);
    expect(can(actorOf('COORDINATOR', 'me'), 'organizations.edit', ownedBy(null))).toBe(false);
    expect(can(actorOf('ADMIN', 'me'), 'organizations.edit', ownedBy('someone-else'))).toBe(true);
    expect(can(actorOf('ADMIN', 'me'), 'organizations.edit', ownedBy(null))).toBe(true);
    expect(can(actorOf('MEMBER', 'me'), 'organizations.edit', ownedBy('me'))).toBe(false);
  });
});

describe('which areas each role reaches', () => {
  it('keeps members to their own corner', () => {
    expect(can(actorOf('MEMBER'), 'area.me')).toBe(true);
    expect(can(actorOf('MEMBER'), 'area.organizations')).toBe(false);
    expect(can(actorOf('MEMBER'), 'area.precincts')).toBe(false);
    expect(can(actorOf('MEMBER'), 'area.admin')).toBe(false);
  });

  it('gives coordinators the organizing areas but not administration', () => {
    expect(can(actorOf('COORDINATOR'), 'area.organizations')).toBe(true);
    expect(can(actorOf('COORDINATOR'), 'area.admin')).toBe(false);
    expect(can(actorOf('ADMIN'), 'area.admin')).toBe(true);
  });
});

describe('a refusal in the data layer', () => {
  it('is NotFound, the answer for a record that does not exist', () => {
    let thrown: unknown;
    try {
      requireCan(actorOf('COORDINATOR'), 'people.export');
    } catch (e) {
      thrown = e;
    }
    expect(isAppError(thrown, 'NOT_FOUND')).toBe(true);
    expect(() => requireCan(actorOf('COORDINATOR', 'me'), 'organizations.edit', ownedBy('someone-else'))).toThrow();
    expect(() => requireCan(actorOf('ADMIN'), 'people.export')).not.toThrow();
    expect(() => requireCan(actorOf('COORDINATOR', 'me'), 'organizations.edit', ownedBy('me'))).not.toThrow();
  });
});
