import { describe, expect, it } from 'vitest';
import { LadderStage } from '../../lib/generated/prisma/enums';
import { FIRST_STAGE, LADDER, ladderRank, nextStage } from '../../lib/vocabulary/ladder';

describe('the ladder of engagement', () => {
  // SQL compares stages by the enum's order ("moved up" is to_stage > from_stage): schema.prisma
  // declares it in the ladder's order, and tests/integration/schema-agreement.test.ts holds the
  // database to schema.prisma.
  it('is the order the database enum is declared in', () => {
    expect([...LADDER]).toEqual(Object.values(LadderStage));
  });

  it('goes contact → supporter → volunteer → member → leader, one step at a time', () => {
    expect(FIRST_STAGE).toBe('CONTACT');
    expect(LADDER.map(nextStage)).toEqual(['SUPPORTER', 'VOLUNTEER', 'MEMBER', 'LEADER', null]);
    expect(ladderRank('VOLUNTEER')).toBe(2);
  });
});
