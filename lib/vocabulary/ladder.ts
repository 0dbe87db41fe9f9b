import type { LadderStage } from '@/lib/generated/prisma/enums';

// DESIGN.md's ladder of engagement, from the first step to the top: people move up it, and the
// one who moved them gets the credit. The database's LadderStage enum is declared in the same
// order, so SQL compares stages directly ("moved up" is to_stage > from_stage); a unit test holds
// the two together. Safe to import from client components.

export const LADDER = ['CONTACT', 'SUPPORTER', 'VOLUNTEER', 'MEMBER', 'LEADER'] as const satisfies readonly LadderStage[];

/** Where a person starts when nothing else is known. */
export const FIRST_STAGE: LadderStage = LADDER[0];

/** A stage's height on the ladder: 0 for a contact, 4 for a leader. */
export const ladderRank = (stage: LadderStage): number => LADDER.indexOf(stage);

/** The stage one step up, or null at the top. */
export const nextStage = (stage: LadderStage): LadderStage | null => LADDER[ladderRank(stage) + 1] ?? null;
