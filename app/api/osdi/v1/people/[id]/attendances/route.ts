import { listPersonAttendancesForApi } from '@/lib/data/osdi/attendances';
import { collection } from '@/lib/osdi/hal';
import { hal, osdiRoute, paging } from '@/lib/entry/osdi-route';
import { osdiAttendance } from '@/lib/osdi/serialize-events';

// GET /api/osdi/v1/people/<id>/attendances: the mobilizations a person was asked to, latest
// first, as far as the token may see (a member: only their own).
export const dynamic = 'force-dynamic';

export const GET = osdiRoute(async ({ actor, request, base, params }) => {
  const page = paging(request);
  const { rows, total } = await listPersonAttendancesForApi(actor, params.id!, page);
  return hal(200, collection(base, `/api/osdi/v1/people/${params.id}/attendances`, 'osdi:attendances', page, total, rows.map((c) => osdiAttendance(base, c))));
});
