'use server';

import { authedAction } from '@/lib/entry/action';
import { importElectionResults } from '@/lib/data/ward/election-results';
import { ZImportResults } from '@/lib/validation/precincts';

export const importResultsAction = authedAction(ZImportResults, (actor, input) => importElectionResults(actor, input), { revalidate: ['/precincts'] });
