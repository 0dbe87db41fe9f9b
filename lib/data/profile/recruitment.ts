import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { personRefJson, personOrder, type TPersonRef } from '@/lib/data/profile/sql';
import { personScopeSql } from '@/lib/access/scopes/people';
import type { LadderStage } from '@/lib/generated/prisma/enums';

// Who recruited this person, and who recruited them, up to the top; and everyone this person
// recruited, to any depth. One round trip: two recursive CTEs in one statement.
//
// `recruited_by_id` should form a forest, but nothing in the database forbids a loop (an import,
// a bad merge): each walk carries the path it has taken and never revisits a person on it, and
// is bounded in depth besides. Both walks go only through people the viewer may see, so the
// tree never reveals someone out of scope, even as a gap.

const MAX_DEPTH = 100;
/** Downline rows returned; the total is counted in full. */
export const DOWNLINE_LIMIT = 300;

export type TRecruitRef = TPersonRef & { ladderStage: LadderStage };
export type TDownlineRow = TRecruitRef & { recruitedById: string; depth: number };
export type TProfileRecruitment = {
  /** The recruiter first, then their recruiter, and so on up. */
  chain: (TRecruitRef & { depth: number })[];
  downline: TDownlineRow[];
  downlineTotal: number;
};

export async function queryProfileRecruitment(actor: TActor, id: string): Promise<TProfileRecruitment> {
  const rows = await db.$queryRaw<[{ chain: TProfileRecruitment['chain']; downline: TDownlineRow[]; total: number }]>`
    WITH RECURSIVE up(id, depth, path) AS (
      SELECT p.recruited_by_id, 1, ARRAY[p.id, p.recruited_by_id]
        FROM person p
       WHERE p.id = ${id}::uuid AND p.recruited_by_id IS NOT NULL AND p.recruited_by_id <> p.id
      UNION ALL
      SELECT r.recruited_by_id, up.depth + 1, up.path || r.recruited_by_id
        FROM up JOIN person r ON r.id = up.id
       WHERE r.recruited_by_id IS NOT NULL AND NOT r.recruited_by_id = ANY(up.path)
         AND up.depth < ${MAX_DEPTH} AND ${personScopeSql(actor, 'r', 'check')}
    ),
    down(id, recruited_by_id, depth, path) AS (
      SELECT p.id, p.recruited_by_id, 1, ARRAY[${id}::uuid, p.id]
        FROM person p
       WHERE p.recruited_by_id = ${id}::uuid AND p.id <> ${id}::uuid AND ${personScopeSql(actor, 'p', 'check')}
      UNION ALL
      SELECT p.id, p.recruited_by_id, down.depth + 1, down.path || p.id
        FROM down JOIN person p ON p.recruited_by_id = down.id
       WHERE NOT p.id = ANY(down.path) AND down.depth < ${MAX_DEPTH} AND ${personScopeSql(actor, 'p', 'check')}
    ),
    shown AS (
      SELECT d.depth, p.id, p.recruited_by_id, p.given_name, p.family_name, p.preferred_name, p.ladder_stage FROM down d JOIN person p ON p.id = d.id
       ORDER BY d.depth, ${personOrder('p')} LIMIT ${DOWNLINE_LIMIT}
    )
    SELECT
      COALESCE((SELECT json_agg(${personRefJson('c')}::jsonb || jsonb_build_object('ladderStage', c.ladder_stage, 'depth', up.depth) ORDER BY up.depth)
                  FROM up JOIN person c ON c.id = up.id WHERE ${personScopeSql(actor, 'c', 'check')}), '[]') AS chain,
      COALESCE((SELECT json_agg(${personRefJson('s')}::jsonb
                  || jsonb_build_object('ladderStage', s.ladder_stage, 'depth', s.depth, 'recruitedById', s.recruited_by_id)
                  ORDER BY s.depth, ${personOrder('s')}) FROM shown s), '[]') AS downline,
      (SELECT count(*)::int FROM down) AS total`;
  const row = rows[0];
  // The chain stops at the first recruiter the viewer may not see: nobody above a gap is shown.
  const chain: TProfileRecruitment['chain'] = [];
  for (const link of row.chain) {
    if (link.depth !== chain.length + 1) break;
    chain.push(link);
  }
  return { chain, downline: row.downline, downlineTotal: row.total };
}
