import { z } from 'zod';
import { LadderStage, VoterStatus } from '@/lib/generated/prisma/enums';
import { first } from '@/lib/validation/form-helpers';

// URL search params are user input: parsed here, and a wrong value falls back to the default
// rather than failing the page. The people table keeps all its state in the URL (filters, sort,
// page size, cursor), so a link or a reload shows the same page.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional().catch(undefined));
const flag = z.preprocess(first, z.enum(['1']).optional().catch(undefined)).transform((v) => v === '1');

export const PEOPLE_SORTS = ['name', 'precinct', 'stage', 'language', 'memberSince', 'updated', 'contacted'] as const;
export type TPeopleSortBy = (typeof PEOPLE_SORTS)[number];
export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;

/** An opaque page cursor: the sort it belongs to and the sort key of a row, as text. */
export type TPeopleCursor = { sort: TPeopleSortBy; dir: 'asc' | 'desc'; key: string[] };

export function encodeCursor(cursor: TPeopleCursor): string {
  const json = JSON.stringify([cursor.sort, cursor.dir, ...cursor.key]);
  return btoa(String.fromCharCode(...new TextEncoder().encode(json))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const ZCursorJson = z.tuple([z.enum(PEOPLE_SORTS), z.enum(['asc', 'desc'])], z.string().max(300));

/** The cursor in a URL, or undefined when it is not one of ours. Its key is checked again against the sort by the data layer. */
export function decodeCursor(token: string): TPeopleCursor | undefined {
  try {
    const binary = atob(token.replace(/-/g, '+').replace(/_/g, '/'));
    const json: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    const parsed = ZCursorJson.safeParse(json);
    if (!parsed.success || parsed.data.length > 6) return undefined;
    const [sort, dir, ...key] = parsed.data;
    return { sort, dir, key };
  } catch {
    return undefined;
  }
}

const ZCursorParam = optional(z.string().max(2000).transform(decodeCursor));

export const ZPeopleListParams = z.object({
  q: optional(z.string().trim().max(100).transform((v) => v || undefined)),
  ward: optional(z.uuid()),
  precinct: optional(z.uuid()),
  circle: optional(z.uuid()),
  org: optional(z.uuid()),
  tag: optional(z.uuid()),
  stage: optional(z.enum(LadderStage)),
  lang: optional(z.string().regex(/^[a-z]{2,3}$/)),
  speaks: optional(z.string().regex(/^[a-z]{2,3}$/)),
  voter: optional(z.enum(VoterStatus)),
  due: flag,
  /** Not contacted in this many days, or never. */
  quiet: optional(z.union([z.literal('never'), z.coerce.number().int().min(1).max(3650)])),
  sort: z.preprocess(first, z.enum(PEOPLE_SORTS).catch('name')).default('name'),
  dir: z.preprocess(first, z.enum(['asc', 'desc']).catch('asc')).default('asc'),
  size: z.preprocess(first, z.coerce.number().pipe(z.literal(PAGE_SIZES)).catch(DEFAULT_PAGE_SIZE)).default(DEFAULT_PAGE_SIZE),
  after: ZCursorParam,
  before: ZCursorParam,
  last: flag,
});
export type TPeopleListParams = z.infer<typeof ZPeopleListParams>;

/** The names of the URL parameters that filter (a change to any of them starts again at the first page). */
export const PEOPLE_FILTER_PARAMS = ['q', 'ward', 'precinct', 'circle', 'org', 'tag', 'stage', 'lang', 'speaks', 'voter', 'due', 'quiet'] as const;

/** The view the URL asks for (filters, search and sort), in the data layer's words: for the table's pages and its CSV export alike. */
export function peopleViewOf(p: TPeopleListParams) {
  return {
    q: p.q,
    wardId: p.ward,
    precinctId: p.precinct,
    circleId: p.circle,
    organizationId: p.org,
    tagId: p.tag,
    stage: p.stage,
    language: p.lang,
    speaks: p.speaks,
    voter: p.voter,
    followUpDue: p.due,
    quiet: p.quiet,
    sort: p.sort,
    dir: p.dir,
  };
}

/** The URL of the people table (or, with `path`, of its CSV export) for these params (defaults left out, so links stay short). */
export function peopleListHref(params: Partial<Record<string, string | number | boolean | undefined>>, path = '/people'): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === false || v === '') continue;
    if ((k === 'sort' && v === 'name') || (k === 'dir' && v === 'asc') || (k === 'size' && v === DEFAULT_PAGE_SIZE)) continue;
    search.set(k, v === true ? '1' : String(v));
  }
  const s = search.toString();
  return s ? `${path}?${s}` : path;
}
