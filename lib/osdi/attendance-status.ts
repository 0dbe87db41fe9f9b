import type { CommitmentStatus } from '@/lib/generated/prisma/enums';

// How a Leaven commitment reads as an OSDI attendance, and how an OSDI answer moves it.
//
//   Leaven commitment   OSDI status      attended
//   ASKED               "needs action"   null      asked, no answer yet
//   COMMITTED           "accepted"       null      said yes
//   CONFIRMED           "accepted"       null      said yes, and confirmed again closer to the day
//   ATTENDED            "accepted"       true      checked in
//   NO_SHOW             "accepted"       false     said yes and did not come
//   DECLINED            "declined"       null      said no
//
// `attended` is null wherever Leaven has not recorded whether the person came. OSDI has no
// "confirmed" and Leaven has no "maybe": "tentative" is kept as ASKED (still to be asked for a
// yes), and "accepted" keeps a confirmation, a check-in or a no-show already recorded, as a
// member's own "yes" does on the page (statusAfterAnswer).

export const OSDI_RSVP = ['accepted', 'declined', 'tentative', 'needs action'] as const;
export type TOsdiRsvp = (typeof OSDI_RSVP)[number];
export type TOsdiAttendanceState = { status?: TOsdiRsvp; attended?: boolean | null };

const SAID_YES: ReadonlySet<CommitmentStatus> = new Set(['COMMITTED', 'CONFIRMED', 'ATTENDED', 'NO_SHOW']);

export function osdiAttendanceState(status: CommitmentStatus): { status: TOsdiRsvp; attended: boolean | null } {
  return {
    status: status === 'ASKED' ? 'needs action' : status === 'DECLINED' ? 'declined' : 'accepted',
    attended: status === 'ATTENDED' ? true : status === 'NO_SHOW' ? false : null,
  };
}

/**
 * The commitment status an OSDI answer leads to, from the current one. Fields not sent change
 * nothing. attended: true is a check-in whatever the answer was (they came); attended: false is
 * a no-show for someone who had said yes, and changes nothing for someone who had not.
 */
export function statusFromOsdi(current: CommitmentStatus, wanted: TOsdiAttendanceState): CommitmentStatus {
  let next = current;
  if (wanted.status === 'declined') next = 'DECLINED';
  else if (wanted.status === 'needs action' || wanted.status === 'tentative') next = 'ASKED';
  else if (wanted.status === 'accepted') next = SAID_YES.has(current) ? current : 'COMMITTED';
  if (wanted.attended === true) next = 'ATTENDED';
  else if (wanted.attended === false && SAID_YES.has(next)) next = 'NO_SHOW';
  return next;
}
