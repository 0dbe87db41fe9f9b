'use server';

import { authedAction } from '@/lib/action';
import { searchPeopleInScope } from '@/lib/data/search';
import { ZPersonSearchInput } from '@/lib/validation/interaction';

/** Search-as-you-type for the person pickers: only people in the signed-in user's scope. */
export const searchPeopleAction = authedAction(ZPersonSearchInput, (actor, input) => searchPeopleInScope(actor, input));
