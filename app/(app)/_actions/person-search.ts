'use server';

import { authedAction } from '@/lib/entry/action';
import { searchPeopleInScope } from '@/lib/data/people/search';
import { ZPersonSearchInput } from '@/lib/validation/person-search';

/** The person pickers that may name anyone in the signed-in user's scope: an interaction's people, a tie, a recruiter. */
export const searchPeopleAction = authedAction(ZPersonSearchInput, (actor, input) => searchPeopleInScope(actor, input), { rateLimit: 'search' });
