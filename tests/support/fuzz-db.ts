import type { PrismaClient } from '../../lib/db/create-client';
import type { TRefs } from '../e2e/authz/records';
import type { TSmallOrg } from './small-org';

// The database side of the fuzz tests: the authorization matrix's records, pointed at the small
// organization (so that mutated real requests reach the data layer), and every table's row count.

const TABLES = [
  'person', 'person_email', 'person_phone', 'person_tag', 'tag', 'ladder_change', 'circle', 'circle_membership', 'organization', 'affiliation',
  'relationship', 'interaction', 'interaction_person', 'mobilization', 'quota', 'commitment', 'ward', 'precinct', 'election_result_set',
  'election_result', 'app_user', 'scope', 'one_time_link', 'api_token', 'import', 'import_row', 'audit_event', 'app_setting', 'idempotency_key',
];

/** Every table's row count, as one string to compare. */
export async function rowCounts(prisma: PrismaClient): Promise<string> {
  const rows = await prisma.$queryRawUnsafe<{ counts: string }[]>(`SELECT concat_ws(',', ${TABLES.map((t) => `(SELECT count(*) FROM ${t})`).join(', ')}) AS counts`);
  return rows[0]!.counts;
}

/** The matrix's records (tests/e2e/authz/records.ts), as the small organization's. */
export function fuzzRefs(org: TSmallOrg): TRefs {
  const p = org.people;
  const known: Record<string, unknown> = {
    memberOwn: p.dora.id, memberRecruit: p.eli.id, coordinatorIn: p.ana.id, coordinatorIn2: p.ana.id, outOfAll: p.fer.id, outOfAll2: p.beto.id,
    coordCircle: org.circles.circleA.id, memberCircle: org.circles.circleA.id, otherCircle: org.circles.circleB.id,
    coordOrg: org.org.id, otherOrg: org.org.id, coordinatorUser: org.users.coordinator.id, targetUser: org.users.member.id,
    targetCoordinator: org.users.coordinator.id, removableByAdmin: p.ana.id, removableByCoordinator: p.ana.id,
    deletableByAdmin: p.carla.id, deletableByCoordinator: p.carla.id, mergeA: p.beto.id, mergeB: p.carla.id,
    attended: { id: crypto.randomUUID(), mobilization_id: crypto.randomUUID() },
  };
  return new Proxy(known, { get: (target, key: string) => (key in target ? target[key] : crypto.randomUUID()) }) as unknown as TRefs;
}
