import type { CommitmentStatus, GoalUnit, MobilizationKind } from '@/lib/generated/prisma/enums';
import { osdiAttendanceState } from '@/lib/osdi/attendance-status';
import { personUrl } from '@/lib/osdi/serialize';

// Mobilizations as OSDI events and commitments as OSDI attendances. Pure: the data layer hands
// these functions what the actor may see (total_accepted is left out where counts are not shown).
//
//   OSDI event        Leaven mobilization
//   title, name       name (one field in Leaven; title wins when both are sent)
//   description       description
//   start_date        startsAt
//   end_date          not kept (a mobilization has a start only)
//   location          place, one line: {"venue": place}; sent parts are joined; coordinates are not kept
//   capacity          goal, when it is counted in seats; null when the goal is a number of people
//   status            always "confirmed": a deleted mobilization is gone, Leaven has no tentative ones
//   total_accepted    people who said yes (committed, confirmed, attended, no-show), organization-wide
//   custom_fields     kind, goal, goal_unit: what a mobilization has and OSDI does not name

export type TApiEvent = {
  id: string;
  name: string;
  kind: MobilizationKind;
  startsAt: Date;
  place: string | null;
  description: string | null;
  goal: number;
  goalUnit: GoalUnit;
  createdAt: Date;
  updatedAt: Date;
  totalAccepted: number | null;
};

export type TApiAttendance = { id: string; mobilizationId: string; personId: string; status: CommitmentStatus; createdAt: Date; updatedAt: Date };

export const eventUrl = (base: string, id: string) => `${base}/api/osdi/v1/events/${id}`;
export const attendanceUrl = (base: string, eventId: string, id: string) => `${eventUrl(base, eventId)}/attendances/${id}`;

export function osdiEvent(base: string, m: TApiEvent) {
  const self = eventUrl(base, m.id);
  return {
    identifiers: [`leaven:${m.id}`],
    created_date: m.createdAt.toISOString(),
    modified_date: m.updatedAt.toISOString(),
    title: m.name,
    name: m.name,
    description: m.description,
    start_date: m.startsAt.toISOString(),
    location: m.place ? { venue: m.place } : null,
    capacity: m.goalUnit === 'SEATS' ? m.goal : null,
    status: 'confirmed',
    ...(m.totalAccepted === null ? {} : { total_accepted: m.totalAccepted }),
    custom_fields: { kind: m.kind, goal: m.goal, goal_unit: m.goalUnit },
    _links: {
      self: { href: self },
      'osdi:attendances': { href: `${self}/attendances` },
      'osdi:record_attendance_helper': { href: `${self}/record_attendance_helper` },
    },
  };
}

export function osdiAttendance(base: string, c: TApiAttendance) {
  return {
    identifiers: [`leaven:${c.id}`],
    created_date: c.createdAt.toISOString(),
    modified_date: c.updatedAt.toISOString(),
    ...osdiAttendanceState(c.status),
    _links: {
      self: { href: attendanceUrl(base, c.mobilizationId, c.id) },
      'osdi:event': { href: eventUrl(base, c.mobilizationId) },
      'osdi:person': { href: personUrl(base, c.personId) },
    },
  };
}
