import { createEventFromApi, getEventForApi, listEventsForApi } from '@/lib/data/osdi/events';
import { collection, ignoredHeader } from '@/lib/osdi/hal';
import { osdiNewEventInput } from '@/lib/osdi/event-schemas';
import { hal, osdiRoute, paging, readBody } from '@/lib/entry/osdi-route';
import { eventUrl, osdiEvent } from '@/lib/osdi/serialize-events';

// GET /api/osdi/v1/events: the mobilizations the token may see, soonest first, a page at a time.
// POST: a new mobilization (leadership's, as on the pages). The mapping is in lib/osdi/serialize-events.ts.
export const dynamic = 'force-dynamic';

export const GET = osdiRoute(async ({ actor, request, base }) => {
  const page = paging(request);
  const { rows, total } = await listEventsForApi(actor, page);
  return hal(200, collection(base, '/api/osdi/v1/events', 'osdi:events', page, total, rows.map((m) => osdiEvent(base, m))));
});

export const POST = osdiRoute(async ({ actor, request, base }) => {
  const { patch, ignored } = await readBody(request, osdiNewEventInput);
  const id = await createEventFromApi(actor, patch);
  return hal(201, osdiEvent(base, await getEventForApi(actor, id)), { Location: eventUrl(base, id), ...ignoredHeader(ignored) });
});
