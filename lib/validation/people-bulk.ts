import { z } from 'zod';

// The people table's bulk actions. The selection arrives as repeated `personIds` fields, so one
// selected row is a string and several are an array; both become an array here.
export const BULK_MAX = 100;

const ZPersonIds = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.uuid({ error: 'invalid' })).min(1, { error: 'invalid' }).max(BULK_MAX, { error: 'invalid' }),
);

export const ZBulkCircleInput = z.object({
  personIds: ZPersonIds,
  circleId: z.uuid({ error: 'invalidChoice' }),
});
export type TBulkCircleInput = z.infer<typeof ZBulkCircleInput>;

export const ZBulkTagInput = z.object({
  personIds: ZPersonIds,
  tagId: z.uuid({ error: 'invalidChoice' }),
});
export type TBulkTagInput = z.infer<typeof ZBulkTagInput>;
