import { getAttendanceForApi, listAttendancesForApi, saveAttendanceFromApi } from '@/lib/data/osdi/attendances';
import { getEventForApi } from '@/lib/data/osdi/events';
import { collection } from '@/lib/osdi/hal';
import { ZOsdiNewAttendance } from '@/lib/osdi/event-schemas';
import { hal, osdiRoute, paging, readBody } from '@/lib/entry/osdi-route';
import { attendanceUrl, osdiAttendance } from '@/lib/osdi/serialize-events';

// GET /api/osdi/v1/events/<id>/attendances: the commitments the token may see. POST
// {"status": ..., "attended": ..., "_links": {"osdi:person": {"href": ".../people/<id>"}}}: asks
// that person (organizers only, as on the ask page) and records their answer.
export const dynamic = 'force-dynamic';

export const GET = osdiRoute(async ({ actor, request, base, params }) => {
  const page = paging(request);
  const { rows, total } = await listAttendancesForApi(actor, params.id!, page);
  return hal(200, collection(base, `/api/osdi/v1/events/${params.id}/attendances`, 'osdi:attendances', page, total, rows.map((c) => osdiAttendance(base, c))));
});

export const POST = osdiRoute(async ({ actor, request, base, params }) => {
  await getEventForApi(actor, params.id!);
  const { personId, status, attended } = await readBody(request, ZOsdiNewAttendance);
  const { id, created } = await saveAttendanceFromApi(actor, params.id!, personId, { status, attended });
  const body = osdiAttendance(base, await getAttendanceForApi(actor, params.id!, id));
  return hal(created ? 201 : 200, body, created ? { Location: attendanceUrl(base, params.id!, id) } : {});
});
