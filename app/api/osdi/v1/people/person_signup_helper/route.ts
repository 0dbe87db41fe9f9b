import { getPersonForApi, signupPerson } from '@/lib/data/osdi/people';
import { apiOptions, hal, osdiRoute, readBody } from '@/lib/entry/osdi-route';
import { osdiSignupInput } from '@/lib/osdi/schemas';
import { osdiPerson } from '@/lib/osdi/serialize';

// POST /api/osdi/v1/people/person_signup_helper: {"person": {...}, "add_tags": [...]}. Finds the
// person by email or phone as the CSV import does and updates them, or creates them.
export const dynamic = 'force-dynamic';

export const POST = osdiRoute(async ({ actor, request, base }) => {
  const { person, add_tags } = await readBody(request, osdiSignupInput);
  const { id, created } = await signupPerson(actor, person, add_tags ?? [], apiOptions(request));
  return hal(created ? 201 : 200, osdiPerson(base, await getPersonForApi(actor, id)), created ? { Location: `${base}/api/osdi/v1/people/${id}` } : {});
});
