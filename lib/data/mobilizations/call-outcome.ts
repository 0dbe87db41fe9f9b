import type { TActor } from '@/lib/access/actor';
import { requireCan } from '@/lib/access/capabilities';
import { commitmentScope } from '@/lib/access/scopes/mobilizations';
import { recordAudit } from '@/lib/data/audit';
import { createInteractionIn } from '@/lib/data/interactions/interactions';
import { db } from '@/lib/db/prisma';
import { notFoundError } from '@/lib/errors';
import type { CallOutcome, CommitmentStatus } from '@/lib/generated/prisma/enums';
import { statusAfterAnswer } from '@/lib/mobilization/funnel';

// One tap on the call list after a call: the outcome moves the commitment along (a yes commits, a
// no declines, no answer and a message leave them to call again) and the call is logged as a
// contact with the person, in the same transaction, so it shows on their timeline and in "last
// contacted".

export type TCallOutcomeInput = {
  commitmentId: string;
  outcome: CallOutcome;
  /** The logged call's summary, in the caller's words, given the mobilization's name. */
  summary: (mobilization: string) => string;
};

function statusAfter(current: CommitmentStatus, outcome: CallOutcome): CommitmentStatus {
  if (outcome === 'YES') return statusAfterAnswer(current, 'yes');
  if (outcome === 'NO') return statusAfterAnswer(current, 'no');
  return current;
}

export async function recordCallOutcome(actor: TActor, { commitmentId, outcome, summary }: TCallOutcomeInput) {
  requireCan(actor, 'mobilizations.organize');
  requireCan(actor, 'interactions.log');
  return db.$transaction(async (tx) => {
    // Security: the commitment of someone the actor may see, on a live mobilization.
    const c = await tx.commitment.findFirst({
      where: { AND: [{ id: commitmentId }, commitmentScope(actor)] },
      select: { id: true, status: true, personId: true, mobilization: { select: { name: true } } },
    });
    if (!c) throw notFoundError();
    const now = new Date();
    const status = statusAfter(c.status, outcome);
    const answered = outcome === 'YES' || outcome === 'NO';
    await tx.commitment.update({ where: { id: c.id }, data: { status, callOutcome: outcome, calledAt: now, ...(answered ? { answeredAt: now } : {}) } });
    const fields = [...(status !== c.status ? ['status'] : []), 'callOutcome', 'calledAt', ...(answered ? ['answeredAt'] : [])];
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'commitment', entityId: c.id, fields });
    await createInteractionIn(tx, actor, { kind: 'CALL', occurredAt: now, summary: summary(c.mobilization.name).slice(0, 300), personIds: [c.personId] });
    return { status };
  });
}
