import { getPersonForApi, updatePersonFromApi } from '@/lib/data/osdi/people';
import { apiOptions, hal, osdiRoute, readBody } from '@/lib/entry/osdi-route';
import { osdiPersonInput } from '@/lib/osdi/schemas';
import { osdiPerson } from '@/lib/osdi/serialize';

// GET /api/osdi/v1/people/<id>; PUT: the fields sent are changed, the others left as they are
// (emails and phones sent are added to, or update, the ones the person has).
export const dynamic = 'force-dynamic';

export const GET = osdiRoute(async ({ actor, base, params }) => hal(200, osdiPerson(base, await getPersonForApi(actor, params.id!))));

export const PUT = osdiRoute(async ({ actor, request, base, params }) => {
  const id = params.id!;
  // Scope first: a person out of reach is a 404 even when the body is wrong.
  await getPersonForApi(actor, id);
  const person = await readBody(request, osdiPersonInput);
  await updatePersonFromApi(actor, id, person, [], apiOptions(request));
  return hal(200, osdiPerson(base, await getPersonForApi(actor, id)));
});
