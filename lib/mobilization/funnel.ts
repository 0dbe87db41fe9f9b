import type { CommitmentStatus } from '@/lib/generated/prisma/enums';

// How far the people asked to a mobilization have come. Each step counts everyone who reached
// it, so the bars nest: asked ≥ committed ≥ confirmed ≥ attended. A no-show had confirmed (or
// committed) and did not come; a declined person was asked and said no.

export const STATUSES = ['ASKED', 'COMMITTED', 'CONFIRMED', 'ATTENDED', 'NO_SHOW', 'DECLINED'] as const satisfies readonly CommitmentStatus[];

export type TStatusCounts = Partial<Record<CommitmentStatus, number>>;
export type TFunnel = { asked: number; committed: number; confirmed: number; attended: number; noShow: number; declined: number };

export function funnelOf(counts: TStatusCounts): TFunnel {
  const n = (s: CommitmentStatus) => counts[s] ?? 0;
  return {
    asked: STATUSES.reduce((sum, s) => sum + n(s), 0),
    committed: n('COMMITTED') + n('CONFIRMED') + n('ATTENDED') + n('NO_SHOW'),
    confirmed: n('CONFIRMED') + n('ATTENDED') + n('NO_SHOW'),
    attended: n('ATTENDED'),
    noShow: n('NO_SHOW'),
    declined: n('DECLINED'),
  };
}

/** Share of those who said yes who came: null when nobody said yes (no rate to speak of). */
export function turnoutRate(f: Pick<TFunnel, 'committed' | 'attended'>): number | null {
  return f.committed === 0 ? null : f.attended / f.committed;
}

/** The status a member's own answer sets: yes keeps a confirmation already given. */
export function statusAfterAnswer(current: CommitmentStatus, answer: 'yes' | 'no'): CommitmentStatus {
  if (answer === 'no') return 'DECLINED';
  return current === 'CONFIRMED' || current === 'ATTENDED' ? current : 'COMMITTED';
}

/** Seats a quota has left: its target less everyone asked who has not said no (never below zero). */
export function seatsLeft(target: number, f: Pick<TFunnel, 'asked' | 'declined'>): number {
  return Math.max(0, target - (f.asked - f.declined));
}

/** Expected at the door (they said yes) and not checked in: the check-in's "missing". */
export const isMissing = (status: CommitmentStatus) => status === 'COMMITTED' || status === 'CONFIRMED';
