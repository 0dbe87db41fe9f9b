import type { Prisma } from '../../lib/generated/prisma/client';
import { dayBefore } from '../../tests/factories/dates';
import type { TRandom } from '../../tests/factories/random';
import type { TPlaces } from './demo-places';

// An invented set of election results for the demo's precincts, so the precinct table shows
// turnout and vote shares beside the organization's strength. Every number here is made up.

export function planElectionResults(rng: TRandom, places: TPlaces, importedById: string, now: Date) {
  const setId = rng.uuid();
  const set: Prisma.ElectionResultSetCreateManyInput = {
    id: setId, name: 'Municipal general (invented)', voteColumns: ['Garza', 'Whitfield'], importedById, importedAt: dayBefore(now, 40),
  };
  const results: Prisma.ElectionResultCreateManyInput[] = places.precincts.map((p) => {
    const registered = rng.int(550, 1400);
    // Turnout runs a little higher where the organization is stronger.
    const ballots = Math.round(registered * Math.min(0.7, 0.18 + 0.2 * p.strength + rng.next() * 0.1));
    const garza = Math.round(ballots * Math.min(0.85, 0.35 + 0.25 * p.strength + rng.next() * 0.1));
    return { setId, wardNumber: p.wardNumber, precinctNumber: p.row.number, precinctId: p.row.id, registered, ballots, votes: [garza, ballots - garza] };
  });
  return { electionSets: [set], electionResults: results };
}
