import { getAttendanceForApi, recordAttendance } from '@/lib/data/osdi/attendances';
import { getEventForApi } from '@/lib/data/osdi/events';
import { osdiRecordAttendanceInput } from '@/lib/osdi/event-schemas';
import { hal, osdiRoute, readBody } from '@/lib/entry/osdi-route';
import { attendanceUrl, osdiAttendance } from '@/lib/osdi/serialize-events';

// POST /api/osdi/v1/events/<id>/record_attendance_helper: {"person": {...}, "add_tags": [...],
// "status"?: ..., "attended"?: ...}. The person is found or made as the person signup helper
// does, then asked to the event; the answer is "accepted" (an RSVP) unless the body says otherwise.
export const dynamic = 'force-dynamic';

export const POST = osdiRoute(async ({ actor, request, base, params }) => {
  await getEventForApi(actor, params.id!);
  const { person, add_tags, status, attended } = await readBody(request, osdiRecordAttendanceInput);
  const { id, created } = await recordAttendance(actor, params.id!, person, add_tags ?? [], { status, attended });
  const body = osdiAttendance(base, await getAttendanceForApi(actor, params.id!, id));
  return hal(created ? 201 : 200, body, created ? { Location: attendanceUrl(base, params.id!, id) } : {});
});
