'use server';

import { authedAction } from '@/lib/action';
import { importElectionResults } from '@/lib/data/election-results';
import { ZImportResults } from '@/lib/validation/precincts';

export const importResultsAction = authedAction(ZImportResults, (actor, input) => importElectionResults(actor, input), { revalidate: ['/precincts'] });
