import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { requireCan } from '@/lib/access/capabilities';
import { recordAudit } from '@/lib/data/audit';
import { ensurePlacesTx } from '@/lib/data/places/ensure';
import { notFoundError } from '@/lib/errors';
import { parseElectionCsv, type TCsvError } from '@/lib/ward/election-csv';

// Election results per precinct, imported from a CSV by leadership and shown beside the
// organization's own strength. A file is checked whole before anything is written, and written
// in one transaction: a malformed file leaves nothing behind.

export type TImportResult =
  | { ok: true; setId: string; rows: number; matched: number; voteColumns: string[]; replaced: boolean; unmatched: string[]; added: number }
  | { ok: false; error: TCsvError };

const UNMATCHED_SHOWN = 50;
const isPlaceNumber = (n: number) => n >= 1 && n <= 9999;

/**
 * `createPrecincts`: leadership confirmed adding the precincts the file names that Leaven does
 * not have (the lines it left unmatched the first time), in the same transaction.
 */
export async function importElectionResults(actor: TActor, { name, csv, createPrecincts = false }: { name: string; csv: string; createPrecincts?: boolean }): Promise<TImportResult> {
  requireCan(actor, 'precincts.importResults');
  if (createPrecincts) requireCan(actor, 'places.manage');
  const parsed = parseElectionCsv(csv);
  if (!parsed.ok) return parsed;
  return db.$transaction(
    async (tx) => {
      const named = parsed.rows.filter((r) => isPlaceNumber(r.ward) && isPlaceNumber(r.precinct)).map((r) => ({ ward: r.ward, precinct: r.precinct }));
      const added = createPrecincts ? (await ensurePlacesTx(tx, actor, named)).precincts : 0;
      const precincts = await tx.precinct.findMany({ select: { id: true, number: true, ward: { select: { number: true } } } });
      const byKey = new Map(precincts.map((p) => [`${p.ward.number}-${p.number}`, p.id]));
      const old = await tx.electionResultSet.deleteMany({ where: { name } });
      const set = await tx.electionResultSet.create({ data: { name, voteColumns: parsed.voteColumns, importedById: actor.userId }, select: { id: true } });
      const data = parsed.rows.map((r) => ({
        setId: set.id,
        wardNumber: r.ward,
        precinctNumber: r.precinct,
        precinctId: byKey.get(`${r.ward}-${r.precinct}`) ?? null,
        registered: r.registered,
        ballots: r.ballots,
        votes: r.votes,
      }));
      for (let i = 0; i < data.length; i += 2000) await tx.electionResult.createMany({ data: data.slice(i, i + 2000) });
      await recordAudit(tx, actor, { action: old.count ? 'UPDATE' : 'CREATE', entityType: 'election_result_set', entityId: set.id, fields: ['name', 'voteColumns', 'results'] });
      const unmatched = data.filter((d) => !d.precinctId).map((d) => `${d.wardNumber}-${d.precinctNumber}`);
      return {
        ok: true as const, setId: set.id, rows: data.length, matched: data.length - unmatched.length, voteColumns: parsed.voteColumns,
        replaced: old.count > 0, unmatched: unmatched.slice(0, UNMATCHED_SHOWN), added,
      };
    },
    { timeout: 60_000 },
  );
}

/** The imported result sets, newest first. Results are public records: every non-member may read them. */
export async function listResultSets(actor: TActor) {
  requireCan(actor, 'precincts.read');
  return db.electionResultSet.findMany({
    select: { id: true, name: true, voteColumns: true, importedAt: true, _count: { select: { results: true } } },
    orderBy: { importedAt: 'desc' },
  });
}

/** One set's results by precinct id (only lines matched to a precinct Leaven knows). */
export async function getResultsByPrecinct(actor: TActor, setId: string) {
  requireCan(actor, 'precincts.read');
  const set = await db.electionResultSet.findUnique({
    where: { id: setId },
    select: { id: true, name: true, voteColumns: true, results: { where: { precinctId: { not: null } }, select: { precinctId: true, registered: true, ballots: true, votes: true } } },
  });
  if (!set) throw notFoundError();
  return { id: set.id, name: set.name, voteColumns: set.voteColumns, byPrecinct: new Map(set.results.map((r) => [r.precinctId!, r])) };
}
export type TResultsByPrecinct = Awaited<ReturnType<typeof getResultsByPrecinct>>;
