import { z } from 'zod';
import { first } from '@/lib/validation/form-helpers';

// A circle's or an organization's roster is paged on the server and searched by name; its page
// and search live in the URL (?q=&page=), parsed here: a wrong value falls back to the first page
// of everyone rather than failing the page.

export const ROSTER_PAGE_SIZE = 50;

export const ZRosterParams = z.object({
  q: z.preprocess(first, z.string().trim().max(100).optional().catch(undefined)).transform((v) => v || undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
});
export type TRosterParams = { q?: string; page: number };

/** A roster page's URL: the search kept, the first page left out. */
export function rosterHref(path: string, { q, page }: { q?: string; page?: number }): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (page && page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `${path}?${query}#roster` : `${path}#roster`;
}
