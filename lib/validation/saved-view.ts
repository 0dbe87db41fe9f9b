import { z } from 'zod';
import { checkbox, requiredText } from '@/lib/validation/form-helpers';
import { PEOPLE_FILTER_PARAMS, ZPeopleListParams } from '@/lib/validation/search-params';
import { LIMITS } from '@/lib/validation/limits';

// A saved view of the people table keeps what its URL asks (filters, search and sort), parsed
// with the table's own schema: never a page, a cursor, or anything the table would not read.

const MAX_QUERY = 4000;

/** The filters and sort of a people-table URL (its query string, or a stored view's params), defaults left out. */
export function savedViewParams(query: string | object): Record<string, string> {
  const raw = typeof query === 'string' ? Object.fromEntries(new URLSearchParams(query.slice(0, MAX_QUERY))) : query;
  const p = ZPeopleListParams.parse(raw);
  const kept: Record<string, string> = {};
  for (const k of PEOPLE_FILTER_PARAMS) {
    const v = p[k];
    if (v === undefined || v === false) continue;
    kept[k] = v === true ? '1' : String(v);
  }
  if (p.sort !== 'name') kept.sort = p.sort;
  if (p.dir !== 'asc') kept.dir = p.dir;
  return kept;
}

export const ZSaveViewInput = z
  .object({
    name: requiredText(LIMITS.savedViewName),
    shared: checkbox,
    /** The people table's query string as the page had it. */
    query: z.string().max(MAX_QUERY, { error: 'tooLong' }).default(''),
  })
  .transform(({ query, ...rest }) => ({ ...rest, params: savedViewParams(query) }));
export type TSaveViewInput = z.output<typeof ZSaveViewInput>;

export const ZSavedViewId = z.object({ id: z.uuid({ error: 'invalid' }) });
