// The precinct strength score: one number that makes the weakest precincts stand out. The
// formula is printed on the precincts page from these same weights, so what is shown is what
// is computed. Members count leaders too (a leader is a member who leads), so a leader weighs
// 1 + 3 + 5 = 9 people known.

export const STRENGTH_WEIGHTS = {
  people: 1,
  members: 3,
  leaders: 5,
  circles: 4,
  relationships: 2,
  interactions: 1,
  captain: 10,
} as const;

export type TStrengthTerm = keyof typeof STRENGTH_WEIGHTS;

export type TPrecinctCounts = {
  /** People known who live in the precinct. */
  people: number;
  /** Of them, members and leaders (ladder stage). */
  members: number;
  /** Of them, leaders. */
  leaders: number;
  /** Circles with at least one member living in the precinct. */
  circles: number;
  /** Relationships between two people who both live in the precinct. */
  relationships: number;
  /** Logged contacts in the last 90 days with someone who lives there. */
  interactions: number;
  /** Whether the precinct has a captain. */
  captain: boolean;
};

export function strengthScore(c: TPrecinctCounts): number {
  const w = STRENGTH_WEIGHTS;
  return (
    w.people * c.people +
    w.members * c.members +
    w.leaders * c.leaders +
    w.circles * c.circles +
    w.relationships * c.relationships +
    w.interactions * c.interactions +
    (c.captain ? w.captain : 0)
  );
}
