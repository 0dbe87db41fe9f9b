import { createTagFromApi, listTagsForApi } from '@/lib/data/osdi/tags';
import { collection } from '@/lib/osdi/hal';
import { hal, osdiRoute, paging, readBody } from '@/lib/entry/osdi-route';
import { ZOsdiTag } from '@/lib/osdi/schemas';
import { osdiTag } from '@/lib/osdi/serialize';

// GET /api/osdi/v1/tags: the tag vocabulary. POST {"name": ...}: a tag (the existing one if the name is taken).
export const dynamic = 'force-dynamic';

export const GET = osdiRoute(async ({ request, base }) => {
  const page = paging(request);
  const { rows, total } = await listTagsForApi(page);
  return hal(200, collection(base, '/api/osdi/v1/tags', 'osdi:tags', page, total, rows.map((t) => osdiTag(base, t))));
});

export const POST = osdiRoute(async ({ actor, request, base }) => {
  const { name } = await readBody(request, ZOsdiTag);
  const { tag, created } = await createTagFromApi(actor, name);
  return hal(created ? 201 : 200, osdiTag(base, tag));
});
