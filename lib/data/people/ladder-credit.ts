import type { TActor } from '@/lib/access/actor';
import { orgClock } from '@/lib/data/admin/clock';
import { dateColumn } from '@/lib/format/dates';
import { db } from '@/lib/db/prisma';
import { requireCan } from '@/lib/access/capabilities';
import { nextStage } from '@/lib/vocabulary/ladder';
import { recordAudit } from '@/lib/data/audit';
import { assertMobilization } from '@/lib/data/mobilizations/commitment-lists';
import { notFoundError } from '@/lib/errors';

// After the event, leadership moves attendees up the ladder of engagement. The credit goes to
// whoever asked them (else whoever recruited them), as a LadderChange. One step per event: a
// person already moved since they were checked in is not moved again, so a repeated submit is harmless.

const movedSince = (last: Date | undefined, checkedInAt: Date | null) => Boolean(last && checkedInAt && last >= checkedInAt);

/** Attendees who could move up, with the step they would take. */
export async function listPromotable(actor: TActor, mobilizationId: string) {
  requireCan(actor, 'mobilizations.promote');
  await assertMobilization(actor, mobilizationId);
  const rows = await db.commitment.findMany({
    where: { mobilizationId, status: 'ATTENDED', person: { deletedAt: null, ladderStage: { not: 'LEADER' } } },
    select: {
      id: true,
      checkedInAt: true,
      person: {
        select: {
          id: true, givenName: true, familyName: true, preferredName: true, ladderStage: true,
          ladderChanges: { select: { changedAt: true }, orderBy: { changedAt: 'desc' }, take: 1 },
        },
      },
    },
    orderBy: [{ person: { familyName: 'asc' } }, { person: { givenName: 'asc' } }],
  });
  return rows
    .filter((r) => !movedSince(r.person.ladderChanges[0]?.changedAt, r.checkedInAt))
    .map(({ person: { ladderChanges: _l, ...person }, ...r }) => ({ commitmentId: r.id, person, next: nextStage(person.ladderStage)! }));
}

export async function promoteAttendees(actor: TActor, { mobilizationId, commitmentIds }: { mobilizationId: string; commitmentIds: string[] }) {
  requireCan(actor, 'mobilizations.promote');
  const ids = [...new Set(commitmentIds)];
  return db.$transaction(async (tx) => {
    const rows = await tx.commitment.findMany({
      where: { id: { in: ids }, mobilizationId, status: 'ATTENDED', mobilization: { deletedAt: null }, person: { deletedAt: null } },
      select: {
        askedById: true,
        checkedInAt: true,
        person: { select: { id: true, ladderStage: true, memberSince: true, recruitedById: true, ladderChanges: { select: { changedAt: true }, orderBy: { changedAt: 'desc' }, take: 1 } } },
      },
    });
    if (rows.length !== ids.length) throw notFoundError();
    const today = dateColumn((await orgClock()).today);
    let moved = 0;
    for (const { askedById, person, checkedInAt } of rows) {
      const to = nextStage(person.ladderStage);
      if (!to || movedSince(person.ladderChanges[0]?.changedAt, checkedInAt)) continue;
      const becomesMember = (to === 'MEMBER' || to === 'LEADER') && !person.memberSince;
      await tx.person.update({
        where: { id: person.id },
        data: { ladderStage: to, ...(becomesMember ? { memberSince: today } : {}), version: { increment: 1 } },
      });
      await tx.ladderChange.create({
        data: { personId: person.id, fromStage: person.ladderStage, toStage: to, creditedId: askedById ?? person.recruitedById },
      });
      await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'person', entityId: person.id, fields: becomesMember ? ['ladderStage', 'memberSince'] : ['ladderStage'] });
      moved++;
    }
    return { moved };
  });
}

