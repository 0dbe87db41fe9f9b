// HAL+JSON as OSDI uses it: resources with `_links`, collections with `_embedded` and paging
// (`page`, `per_page`, `total_pages`, `total_records`), errors as JSON a developer can act on.

export const HAL = 'application/hal+json; charset=utf-8';

export class OsdiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'OsdiError';
  }
}

export function hal(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': HAL, 'Cache-Control': 'no-store', ...headers } });
}

export function errorResponse(status: number, code: string, message: string, details?: unknown): Response {
  return hal(status, { error: code, message, ...(details === undefined ? {} : { errors: details }) });
}

/** Names the fields of a request that Leaven accepted but does not keep, so a client is never misled. */
export const ignoredHeader = (fields: string[]): Record<string, string> => (fields.length ? { 'Leaven-Ignored-Fields': fields.join(', ') } : {});

export type TPage = { page: number; perPage: number };

/** A page of a collection, with links to its neighbours. `items` is the key under `_embedded`, e.g. "osdi:people". */
export function collection(base: string, path: string, items: string, page: TPage, total: number, embedded: unknown[], extraQuery = '') {
  const totalPages = Math.max(1, Math.ceil(total / page.perPage));
  const at = (p: number) => ({ href: `${base}${path}?page=${p}&per_page=${page.perPage}${extraQuery}` });
  return {
    total_pages: totalPages,
    per_page: page.perPage,
    page: page.page,
    total_records: total,
    _links: {
      self: at(page.page),
      ...(page.page < totalPages ? { next: at(page.page + 1) } : {}),
      ...(page.page > 1 ? { previous: at(Math.min(page.page - 1, totalPages)) } : {}),
      [items]: embedded.map((e) => (e as { _links: { self: unknown } })._links.self),
      curies: [{ name: 'osdi', href: 'https://opensupporter.github.io/osdi-docs/{rel}', templated: true }],
    },
    _embedded: { [items]: embedded },
  };
}
