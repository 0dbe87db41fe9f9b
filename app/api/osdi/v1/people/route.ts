import { createPersonFromApi, getPersonForApi, listPeopleForApi } from '@/lib/data/osdi/people';
import { collection } from '@/lib/osdi/hal';
import { apiOptions, hal, osdiRoute, paging, readBody } from '@/lib/entry/osdi-route';
import { osdiNewPersonInput } from '@/lib/osdi/schemas';
import { osdiPerson } from '@/lib/osdi/serialize';

// GET /api/osdi/v1/people: the people the token may see, a page at a time.
// POST: a new person (no dedupe: the signup helper dedupes).
export const dynamic = 'force-dynamic';

export const GET = osdiRoute(async ({ actor, request, base }) => {
  const page = paging(request);
  const { rows, total } = await listPeopleForApi(actor, page);
  return hal(200, collection(base, '/api/osdi/v1/people', 'osdi:people', page, total, rows.map((p) => osdiPerson(base, p))));
});

export const POST = osdiRoute(async ({ actor, request, base }) => {
  const person = await readBody(request, osdiNewPersonInput);
  const id = await createPersonFromApi(actor, person, [], apiOptions(request));
  return hal(201, osdiPerson(base, await getPersonForApi(actor, id)), { Location: `${base}/api/osdi/v1/people/${id}` });
});
