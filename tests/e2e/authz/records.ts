import { queryE2e } from '../db';

// The records each authorization case points at, found in (or, for the destructive cases,
// added to) the e2e database: for every role, one record in its scope and one outside it.

async function one(sql: string, params: unknown[] = []): Promise<string> {
  const rows = await queryE2e<{ id: string }>(sql, params);
  if (!rows[0]) throw new Error(`authz fixture not found: ${sql}`);
  return rows[0].id;
}

const user = (email: string) => `(SELECT id FROM app_user WHERE email = '${email}')`;
export const COORD_SCOPE = `(
  SELECT p.id FROM person p WHERE p.deleted_at IS NULL AND (
    EXISTS (SELECT 1 FROM circle_membership m JOIN scope s ON s.circle_id = m.circle_id WHERE m.person_id = p.id AND s.user_id = ${user('coordinator@example.org')})
    OR EXISTS (SELECT 1 FROM affiliation a JOIN scope s ON s.organization_id = a.organization_id WHERE a.person_id = p.id AND s.user_id = ${user('coordinator@example.org')})
    OR p.precinct_id IN (SELECT precinct_id FROM scope WHERE user_id = ${user('coordinator@example.org')} AND precinct_id IS NOT NULL)
    OR p.added_by_user_id = ${user('coordinator@example.org')}
    OR EXISTS (SELECT 1 FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id WHERE ip.person_id = p.id AND i.logged_by_id = ${user('coordinator@example.org')})))`;

async function throwaway(name: string, addedBy: string | null, deleted = false): Promise<string> {
  return one(
    `INSERT INTO person (preferred_name, added_by_user_id, deleted_at) VALUES ($1, ${addedBy ? user(addedBy) : 'NULL'}, ${deleted ? 'now()' : 'NULL'}) RETURNING id`,
    [name],
  );
}

export async function resolveRefs() {
  const memberOwn = await one(`SELECT person_id AS id FROM app_user WHERE email = 'member@example.org'`);
  const memberRecruit = await one(`SELECT id FROM person WHERE recruited_by_id = $1 AND deleted_at IS NULL ORDER BY id LIMIT 1`, [memberOwn]);
  const coordinatorIn = await one(`SELECT id FROM person WHERE id IN ${COORD_SCOPE} AND id <> $1 AND recruited_by_id IS DISTINCT FROM $1 ORDER BY id LIMIT 1`, [memberOwn]);
  const outOfAll = await one(
    `SELECT id FROM person WHERE deleted_at IS NULL AND id NOT IN ${COORD_SCOPE} AND id <> $1 AND recruited_by_id IS DISTINCT FROM $1
       AND added_by_user_id IS DISTINCT FROM ${user('member@example.org')} ORDER BY id LIMIT 1`,
    [memberOwn],
  );
  const coord = user('coordinator@example.org');
  const coordCircle = await one(`SELECT circle_id AS id FROM scope WHERE user_id = ${coord} AND circle_id IS NOT NULL ORDER BY circle_id LIMIT 1`);
  const memberCircle = await one(`SELECT circle_id AS id FROM circle_membership WHERE person_id = $1 ORDER BY circle_id LIMIT 1`, [memberOwn]);
  const otherCircle = await one(
    `SELECT id FROM circle WHERE id NOT IN (SELECT circle_id FROM scope WHERE user_id = ${coord} AND circle_id IS NOT NULL)
       AND id NOT IN (SELECT circle_id FROM circle_membership WHERE person_id = $1) ORDER BY id LIMIT 1`,
    [memberOwn],
  );
  const coordOrg = await one(`SELECT organization_id AS id FROM scope WHERE user_id = ${coord} AND organization_id IS NOT NULL ORDER BY organization_id LIMIT 1`);
  const otherOrg = await one(`SELECT id FROM organization WHERE id NOT IN (SELECT organization_id FROM scope WHERE user_id = ${coord} AND organization_id IS NOT NULL) ORDER BY id LIMIT 1`);
  // Memberships and affiliations made to be removed, one per allowed role.
  const removable = async (label: string) => {
    const id = await throwaway(label, 'coordinator@example.org');
    await queryE2e(`INSERT INTO circle_membership (circle_id, person_id, since) VALUES ($1, $2, '2026-01-05')`, [coordCircle, id]);
    await queryE2e(`INSERT INTO affiliation (organization_id, person_id) VALUES ($1, $2)`, [coordOrg, id]);
    return id;
  };
  const coordinatorIn2 = await one(`SELECT id FROM person WHERE id IN ${COORD_SCOPE} AND id <> $1 ORDER BY id DESC LIMIT 1`, [coordinatorIn]);
  const outOfAll2 = await one(
    `SELECT id FROM person WHERE deleted_at IS NULL AND id NOT IN ${COORD_SCOPE} AND id <> $1 AND recruited_by_id IS DISTINCT FROM $1
       AND added_by_user_id IS DISTINCT FROM ${user('member@example.org')} ORDER BY id DESC LIMIT 1`,
    [memberOwn],
  );
  const tie = async (a: string, b: string) =>
    one(`INSERT INTO relationship (person_a_id, person_b_id, kind) VALUES (LEAST($1::uuid, $2::uuid), GREATEST($1::uuid, $2::uuid), 'NEIGHBOUR')
         ON CONFLICT (person_a_id, person_b_id) DO UPDATE SET note = relationship.note RETURNING id`, [a, b]);
  const followUp = async (loggedBy: string, personId: string) =>
    one(`WITH i AS (INSERT INTO interaction (occurred_at, kind, summary, logged_by_id, follow_up_on) VALUES (now(), 'CALL', 'Authz follow-up', ${user(loggedBy)}, '2026-01-05') RETURNING id)
         INSERT INTO interaction_person (interaction_id, person_id) SELECT id, $1 FROM i RETURNING interaction_id AS id`, [personId]);
  const bus = await one(`SELECT c.mobilization_id AS id FROM commitment c WHERE c.person_id = $1 ORDER BY 1 LIMIT 1`, [memberOwn]);
  const otherMobilization = await one(`SELECT id FROM mobilization WHERE id NOT IN (SELECT mobilization_id FROM commitment WHERE person_id = $1) ORDER BY id LIMIT 1`, [memberOwn]);
  const attended = (await queryE2e<{ id: string; mobilization_id: string }>(`SELECT id, mobilization_id FROM commitment WHERE status = 'ATTENDED' ORDER BY id LIMIT 1`))[0]!;
  return {
    attended,
    bus,
    otherMobilization,
    memberCommitment: await one(`SELECT id FROM commitment WHERE person_id = $1 AND mobilization_id = $2`, [memberOwn, bus]),
    commitmentIn: await one(`SELECT id FROM commitment WHERE mobilization_id = $1 AND person_id IN ${COORD_SCOPE} AND person_id <> $2 ORDER BY id LIMIT 1`, [bus, memberOwn]),
    commitmentOut: await one(`SELECT id FROM commitment WHERE mobilization_id = $1 AND person_id NOT IN ${COORD_SCOPE} AND person_id <> $2 ORDER BY id LIMIT 1`, [bus, memberOwn]),
    tag: await one(`SELECT id FROM tag ORDER BY name LIMIT 1`),
    coordinatorUser: await one(`SELECT id FROM app_user WHERE email = 'coordinator@example.org'`),
    // An account for the user-management actions to act on, so no demo login is disturbed.
    targetUser: await one(`INSERT INTO app_user (email, password_hash, role) VALUES ('authz-target-' || gen_random_uuid() || '@example.org', 'not-a-hash', 'MEMBER') RETURNING id`),
    // Assignments are for coordinators only: a coordinator account of its own for the scope action.
    targetCoordinator: await one(`INSERT INTO app_user (email, password_hash, role) VALUES ('authz-target-' || gen_random_uuid() || '@example.org', 'not-a-hash', 'COORDINATOR') RETURNING id`),
    coordinatorIn2,
    outOfAll2,
    relIn: await tie(coordinatorIn, coordinatorIn2),
    relOut: await tie(outOfAll, outOfAll2),
    relRemovableByCoordinator: await tie(await throwaway('Authz Lazo A', 'coordinator@example.org'), await throwaway('Authz Lazo B', 'coordinator@example.org')),
    relRemovableByAdmin: await tie(await throwaway('Authz Lazo C', null), await throwaway('Authz Lazo D', null)),
    followUpIn: await followUp('coordinator@example.org', coordinatorIn),
    followUpOut: await followUp('admin@example.org', outOfAll),
    // Open follow-ups of their own for the snooze cases (the ones above are marked done first).
    snoozeIn: await followUp('coordinator@example.org', coordinatorIn),
    snoozeOut: await followUp('admin@example.org', outOfAll),
    coordCircle,
    memberCircle,
    otherCircle,
    coordOrg,
    otherOrg,
    removableByCoordinator: await removable('Authz Quitable Coordinación'),
    removableByAdmin: await removable('Authz Quitable Dirección'),
    memberOwn,
    memberRecruit,
    coordinatorIn,
    /** Outside the member's and the coordinator's scope; only leadership sees them. */
    outOfAll,
    // Destructive cases act on people made for them, so the rest of the suite is undisturbed.
    deletableByCoordinator: await throwaway('Authz Borrable Coordinación', 'coordinator@example.org'),
    deletableByAdmin: await throwaway('Authz Borrable Dirección', null),
    trashed: await throwaway('Authz En Papelera', null, true),
    purgeable: await throwaway('Authz Para Eliminar Ya', null, true),
    mergeA: await throwaway('Authz Merge A', null),
    mergeB: await throwaway('Authz Merge B', null),
    // A finished-and-cancelled import and a live API token, for the import and token actions.
    importId: await one(`INSERT INTO import (created_by_id, file_name, encoding, delimiter, headers, mapping, status) VALUES (${user('admin@example.org')}, 'authz.csv', 'utf-8', ',', '{Nombre}', '["givenName"]', 'CANCELLED') RETURNING id`),
    // The demo's home ward and a precinct of it where people live (for the places actions, which leadership's cases leave as they are).
    ward: await one(`SELECT id FROM ward WHERE number = 25`),
    precinct: await one(`SELECT p.id FROM precinct p JOIN ward w ON w.id = p.ward_id WHERE w.number = 25 AND p.number = 1`),
    apiToken: await one(`INSERT INTO api_token (name, token_hash, prefix, user_id, expires_at) VALUES ('Authz', md5(random()::text), 'lvn_authz', ${user('admin@example.org')}, now() + interval '90 days') RETURNING id`),
    // Issue 12: saved views to delete, and a past mobilization for walk-ins.
    savedViewCoord: await one(`INSERT INTO saved_view (owner_user_id, name, params) VALUES (${coord}, 'Authz mine', '{}') RETURNING id`),
    savedViewShared: await one(`INSERT INTO saved_view (owner_user_id, name, shared, params) VALUES (${coord}, 'Authz shared', true, '{}') RETURNING id`),
    savedViewAdmin: await one(`INSERT INTO saved_view (owner_user_id, name, params) VALUES (${user('admin@example.org')}, 'Authz leadership', '{}') RETURNING id`),
    authzMarch: await one(`INSERT INTO mobilization (name, kind, starts_at, goal) VALUES ('Authz march', 'RALLY', now() - interval '3 days', 10) RETURNING id`),
    missing: '3f6b1c2e-8a4d-4e5f-9b7a-0c1d2e3f4a5b',
  };
}
export type TRefs = Awaited<ReturnType<typeof resolveRefs>>;
