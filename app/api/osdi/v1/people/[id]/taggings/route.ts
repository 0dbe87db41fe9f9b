import { listPersonTagsForApi } from '@/lib/data/osdi/tags';
import { hal, osdiRoute } from '@/lib/entry/osdi-route';
import { osdiTagging, personUrl } from '@/lib/osdi/serialize';

// GET /api/osdi/v1/people/<id>/taggings: the tags a person carries.
export const dynamic = 'force-dynamic';

export const GET = osdiRoute(async ({ actor, base, params }) => {
  const tags = await listPersonTagsForApi(actor, params.id!);
  const items = tags.map((t) => osdiTagging(base, t.id, params.id!));
  return hal(200, {
    total_records: items.length,
    _links: { self: { href: `${personUrl(base, params.id!)}/taggings` }, 'osdi:taggings': items.map((i) => i._links.self) },
    _embedded: { 'osdi:taggings': items },
  });
});
