import { addTagging, getTagForApi, listTaggingsForApi } from '@/lib/data/osdi/tags';
import { collection } from '@/lib/osdi/hal';
import { hal, osdiRoute, paging, readBody } from '@/lib/entry/osdi-route';
import { ZOsdiTagging } from '@/lib/osdi/schemas';
import { osdiTagging } from '@/lib/osdi/serialize';

// GET /api/osdi/v1/tags/<id>/taggings: who carries the tag, among the people the token may see.
// POST {"_links": {"osdi:person": {"href": ".../people/<id>"}}}: tags that person.
export const dynamic = 'force-dynamic';

export const GET = osdiRoute(async ({ actor, request, base, params }) => {
  const page = paging(request);
  const { personIds, total } = await listTaggingsForApi(actor, params.id!, page);
  return hal(200, collection(base, `/api/osdi/v1/tags/${params.id}/taggings`, 'osdi:taggings', page, total, personIds.map((p) => osdiTagging(base, params.id!, p))));
});

export const POST = osdiRoute(async ({ actor, request, base, params }) => {
  await getTagForApi(params.id!);
  const { personId } = await readBody(request, ZOsdiTagging);
  const added = await addTagging(actor, params.id!, personId);
  return hal(added ? 201 : 200, osdiTagging(base, params.id!, personId));
});
