'use server';

import { authedAction } from '@/lib/entry/action';
import { bulkAddTag, bulkAddToCircle, bulkRemoveTag } from '@/lib/data/people/bulk';
import { ZBulkCircleInput, ZBulkTagInput } from '@/lib/validation/people-bulk';

// The people table's bulk actions on the selected rows. The data layer checks every person and
// the circle against the actor's scope; this only wires the form to it.

export const bulkAddToCircleAction = authedAction(ZBulkCircleInput, bulkAddToCircle, { revalidate: ['/people'] });
export const bulkAddTagAction = authedAction(ZBulkTagInput, bulkAddTag, { revalidate: ['/people'] });
export const bulkRemoveTagAction = authedAction(ZBulkTagInput, bulkRemoveTag, { revalidate: ['/people'] });
