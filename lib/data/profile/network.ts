import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { personRefJson, personOrder, type TPersonRef } from '@/lib/data/profile/sql';
import { membershipScopeSql } from '@/lib/access/scopes/circles';
import { personScopeSql } from '@/lib/access/scopes/people';
import type { CircleKind, RelationshipKind } from '@/lib/generated/prisma/enums';

// The person's ties two steps out, for the network picture: one round trip. Step one: the
// people they have a relationship with and the circles they belong to. Step two: the people
// those people know, and the circles those people belong to. Only people and memberships the
// viewer may see take part; the picture itself (components/network) caps what it draws.

const CANDIDATES = 200;

export type TNetworkCircle = { id: string; name: string; kind: CircleKind };
export type TNetworkData = {
  people1: (TPersonRef & { strength: number; kind: RelationshipKind })[];
  circles1: TNetworkCircle[];
  /** Ties between two step-one people (a < b). */
  links1: { a: string; b: string; strength: number }[];
  /** A step-one person's membership in a step-one circle. */
  memberships1: { personId: string; circleId: string }[];
  /** Step-two people, most connected first, with the step-one people they know. */
  people2: (TPersonRef & { via: { id: string; strength: number }[] })[];
  people2Total: number;
  circles2: (TNetworkCircle & { via: string[] })[];
  circles2Total: number;
};

export async function queryProfileNetwork(actor: TActor, id: string): Promise<TNetworkData> {
  const rows = await db.$queryRaw<TNetworkData[]>`
    WITH r1 AS (
      SELECT r.person_b_id AS pid, r.strength, r.kind FROM relationship r WHERE r.person_a_id = ${id}::uuid
      UNION ALL
      SELECT r.person_a_id, r.strength, r.kind FROM relationship r WHERE r.person_b_id = ${id}::uuid
    ),
    p1 AS (
      SELECT p.id, p.given_name, p.family_name, p.preferred_name, r1.strength, r1.kind
        FROM r1 JOIN person p ON p.id = r1.pid WHERE p.id <> ${id}::uuid AND ${personScopeSql(actor, 'p', 'check')}
    ),
    c1 AS (
      SELECT c.id, c.name, c.kind FROM circle_membership m JOIN circle c ON c.id = m.circle_id
       WHERE m.person_id = ${id}::uuid AND ${membershipScopeSql(actor, 'm', 'c')}
    ),
    e AS (
      SELECT p1.id AS via, r.person_b_id AS pid, r.strength FROM p1 JOIN relationship r ON r.person_a_id = p1.id
      UNION ALL
      SELECT p1.id, r.person_a_id, r.strength FROM p1 JOIN relationship r ON r.person_b_id = p1.id
    ),
    p2 AS (
      SELECT p.id, p.given_name, p.family_name, p.preferred_name,
             json_agg(json_build_object('id', e.via, 'strength', e.strength) ORDER BY e.strength DESC, e.via) AS via,
             count(*) AS ties, max(e.strength) AS best
        FROM e JOIN person p ON p.id = e.pid
       WHERE e.pid <> ${id}::uuid AND e.pid NOT IN (SELECT id FROM p1) AND ${personScopeSql(actor, 'p', 'check')}
       GROUP BY p.id
    ),
    m1 AS (
      SELECT m.person_id, c.id, c.name, c.kind FROM p1 JOIN circle_membership m ON m.person_id = p1.id JOIN circle c ON c.id = m.circle_id
       WHERE ${membershipScopeSql(actor, 'm', 'c')}
    ),
    c2 AS (
      SELECT m1.id, m1.name, m1.kind, json_agg(m1.person_id ORDER BY m1.person_id) AS via, count(*) AS ties
        FROM m1 WHERE m1.id NOT IN (SELECT id FROM c1) GROUP BY m1.id, m1.name, m1.kind
    )
    SELECT
      COALESCE((SELECT json_agg(${personRefJson('p1')}::jsonb || jsonb_build_object('strength', p1.strength, 'kind', p1.kind)
                  ORDER BY p1.strength DESC, ${personOrder('p1')}) FROM p1), '[]') AS "people1",
      COALESCE((SELECT json_agg(json_build_object('id', c1.id, 'name', c1.name, 'kind', c1.kind) ORDER BY c1.name, c1.id) FROM c1), '[]') AS "circles1",
      COALESCE((SELECT json_agg(json_build_object('a', e.via, 'b', e.pid, 'strength', e.strength))
                  FROM e WHERE e.via < e.pid AND e.pid IN (SELECT id FROM p1)), '[]') AS "links1",
      COALESCE((SELECT json_agg(json_build_object('personId', m1.person_id, 'circleId', m1.id))
                  FROM m1 WHERE m1.id IN (SELECT id FROM c1)), '[]') AS "memberships1",
      COALESCE((SELECT json_agg(x.j ORDER BY x.ties DESC, x.best DESC, x.o1, x.o2, x.id) FROM (
                  SELECT ${personRefJson('p2')}::jsonb || jsonb_build_object('via', p2.via) AS j, p2.ties, p2.best, p2.id,
                         COALESCE(p2.preferred_name, p2.given_name, '') AS o1, COALESCE(p2.family_name, '') AS o2
                    FROM p2 ORDER BY p2.ties DESC, p2.best DESC, o1, o2, p2.id LIMIT ${CANDIDATES}) x), '[]') AS "people2",
      (SELECT count(*)::int FROM p2) AS "people2Total",
      COALESCE((SELECT json_agg(json_build_object('id', x.id, 'name', x.name, 'kind', x.kind, 'via', x.via) ORDER BY x.ties DESC, x.name, x.id)
                  FROM (SELECT * FROM c2 ORDER BY c2.ties DESC, c2.name, c2.id LIMIT ${CANDIDATES}) x), '[]') AS "circles2",
      (SELECT count(*)::int FROM c2) AS "circles2Total"`;
  return rows[0]!;
}
