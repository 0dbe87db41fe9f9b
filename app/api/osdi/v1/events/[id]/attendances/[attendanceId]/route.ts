import { getAttendanceForApi, updateAttendanceFromApi } from '@/lib/data/osdi/attendances';
import { ignoredHeader } from '@/lib/osdi/hal';
import { ZOsdiAttendance } from '@/lib/osdi/event-schemas';
import { hal, osdiRoute, readBody } from '@/lib/entry/osdi-route';
import { osdiAttendance } from '@/lib/osdi/serialize-events';

// GET /api/osdi/v1/events/<id>/attendances/<id>; PUT {"status": ..., "attended": ...} moves the
// commitment (lib/osdi/attendance-status.ts). A member's token may answer its own, yes or no.
export const dynamic = 'force-dynamic';

export const GET = osdiRoute(async ({ actor, base, params }) => hal(200, osdiAttendance(base, await getAttendanceForApi(actor, params.id!, params.attendanceId!))));

export const PUT = osdiRoute(async ({ actor, request, base, params }) => {
  await getAttendanceForApi(actor, params.id!, params.attendanceId!);
  const { ignored, ...wanted } = await readBody(request, ZOsdiAttendance);
  await updateAttendanceFromApi(actor, params.id!, params.attendanceId!, wanted);
  return hal(200, osdiAttendance(base, await getAttendanceForApi(actor, params.id!, params.attendanceId!)), ignoredHeader(ignored));
});
