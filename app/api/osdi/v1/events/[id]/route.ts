import { deleteMobilization } from '@/lib/data/mobilizations/mobilizations';
import { getEventForApi, updateEventFromApi } from '@/lib/data/osdi/events';
import { ignoredHeader } from '@/lib/osdi/hal';
import { osdiEventInput } from '@/lib/osdi/event-schemas';
import { hal, osdiRoute, readBody } from '@/lib/entry/osdi-route';
import { osdiEvent } from '@/lib/osdi/serialize-events';

// GET /api/osdi/v1/events/<id>; PUT: the fields sent are changed, the others (and the quotas)
// left as they are; DELETE: to the trash, as the mobilization's Delete button does (leadership).
export const dynamic = 'force-dynamic';

export const GET = osdiRoute(async ({ actor, base, params }) => hal(200, osdiEvent(base, await getEventForApi(actor, params.id!))));

export const PUT = osdiRoute(async ({ actor, request, base, params }) => {
  const id = params.id!;
  // Scope first: an event out of reach is a 404 even when the body is wrong.
  await getEventForApi(actor, id);
  const { patch, ignored } = await readBody(request, osdiEventInput);
  await updateEventFromApi(actor, id, patch);
  return hal(200, osdiEvent(base, await getEventForApi(actor, id)), ignoredHeader(ignored));
});

export const DELETE = osdiRoute(async ({ actor, params }) => {
  await getEventForApi(actor, params.id!);
  await deleteMobilization(actor, params.id!);
  return new Response(null, { status: 204 });
});
