import { getTagForApi } from '@/lib/data/osdi/tags';
import { hal, osdiRoute } from '@/lib/entry/osdi-route';
import { osdiTag } from '@/lib/osdi/serialize';

export const dynamic = 'force-dynamic';

export const GET = osdiRoute(async ({ base, params }) => hal(200, osdiTag(base, await getTagForApi(params.id!))));
