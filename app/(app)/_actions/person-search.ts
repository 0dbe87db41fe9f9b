'use server';

import { authedAction } from '@/lib/entry/action';
import { searchPeopleInScope } from '@/lib/data/people/search';
import { ZPersonSearchInput } from '@/lib/validation/interaction';

/** Search-as-you-type for the person pickers: only people in the signed-in user's scope. */
export const searchPeopleAction = authedAction(ZPersonSearchInput, (actor, input) => searchPeopleInScope(actor, input));
