import { getTaggingForApi, removeTagging } from '@/lib/data/osdi/tags';
import { hal, osdiRoute } from '@/lib/entry/osdi-route';
import { osdiTagging } from '@/lib/osdi/serialize';

// GET /api/osdi/v1/tags/<id>/taggings/<person id>; DELETE removes the tag from that person.
export const dynamic = 'force-dynamic';

export const GET = osdiRoute(async ({ actor, base, params }) => {
  await getTaggingForApi(actor, params.id!, params.personId!);
  return hal(200, osdiTagging(base, params.id!, params.personId!));
});

export const DELETE = osdiRoute(async ({ actor, params }) => {
  await removeTagging(actor, params.id!, params.personId!);
  return new Response(null, { status: 204 });
});
