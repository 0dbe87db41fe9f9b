import type { TActor } from '@/lib/access/actor';
import { requireCan } from '@/lib/access/capabilities';
import { personScope } from '@/lib/access/scopes/people';
import { recordAudit } from '@/lib/data/audit';
import { liveMobilization } from '@/lib/data/mobilizations/commitments';
import { quotaFor } from '@/lib/data/mobilizations/quotas';
import { createPersonIn } from '@/lib/data/people/write';
import { db } from '@/lib/db/prisma';
import { notFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

// Walk-ins at the door: someone who came without being asked (or without saying yes) is
// committed and checked in at once, counted in their circle's quota as if asked; someone not yet
// in Leaven is added with a name and a phone in the same step. Both are idempotent for a double
// tap: a second check-in of the same person changes nothing.

type TTx = Prisma.TransactionClient;

async function checkIn(tx: TTx, actor: TActor, m: Awaited<ReturnType<typeof liveMobilization>>, personId: string): Promise<string> {
  const now = new Date();
  const existing = await tx.commitment.findUnique({ where: { mobilizationId_personId: { mobilizationId: m.id, personId } }, select: { id: true, status: true } });
  if (existing) {
    if (existing.status !== 'ATTENDED') {
      await tx.commitment.update({ where: { id: existing.id }, data: { status: 'ATTENDED', checkedInAt: now } });
      await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'commitment', entityId: existing.id, fields: ['status', 'checkedInAt'] });
    }
    return existing.id;
  }
  const person = await tx.person.findUniqueOrThrow({
    where: { id: personId },
    select: { memberships: { select: { circleId: true } }, affiliations: { select: { organizationId: true } } },
  });
  const created = await tx.commitment.create({
    data: { mobilizationId: m.id, personId, quotaId: quotaFor(m.quotas, person), askedById: actor.personId, status: 'ATTENDED', answeredAt: now, checkedInAt: now },
    select: { id: true },
  });
  await recordAudit(tx, actor, { action: 'CREATE', entityType: 'commitment', entityId: created.id, fields: ['personId', 'quotaId', 'askedById', 'status', 'checkedInAt'] });
  return created.id;
}

/** Someone already in Leaven (and in the actor's scope) checked in at the door. */
export async function checkInWalkIn(actor: TActor, { mobilizationId, personId }: { mobilizationId: string; personId: string }) {
  requireCan(actor, 'mobilizations.organize');
  return db.$transaction(async (tx) => {
    const m = await liveMobilization(tx, actor, mobilizationId);
    // Security: only someone the actor may see.
    if (!(await tx.person.count({ where: { AND: [{ id: personId }, personScope(actor)] } }))) throw notFoundError();
    return { commitmentId: await checkIn(tx, actor, m, personId) };
  });
}

export type TQuickWalkIn = { mobilizationId: string; givenName: string | null; familyName: string | null; phone: string };

/**
 * A new person at the door: added to Leaven (by the actor, so in their scope) with a name and a
 * phone, committed and checked in, in one transaction. Consent to texts is not asked at the door,
 * so it is not recorded as given.
 */
export async function quickAddWalkIn(actor: TActor, { mobilizationId, givenName, familyName, phone }: TQuickWalkIn) {
  requireCan(actor, 'mobilizations.organize');
  return db.$transaction(async (tx) => {
    const m = await liveMobilization(tx, actor, mobilizationId);
    const { id: personId } = await createPersonIn(tx, actor, { givenName, familyName, phones: [{ e164: phone, type: 'UNKNOWN', smsConsent: 'UNKNOWN', doNotCall: false }] });
    return { personId, commitmentId: await checkIn(tx, actor, m, personId) };
  });
}
