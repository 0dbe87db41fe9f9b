import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { recordAudit } from '@/lib/data/audit';
import { assertMobilization } from '@/lib/data/mobilizations/commitment-lists';
import { commitmentScope } from '@/lib/access/scopes/mobilizations';
import { requireCan } from '@/lib/access/capabilities';
import { notFoundError } from '@/lib/errors';
import { isMissing } from '@/lib/mobilization/funnel';

// Check-in at the door, from a phone. The list is small (names, quota, a flag for needs) so it
// loads fast on a slow connection; each tap sends the wanted state, so a retried tap is harmless.

export async function getCheckInList(actor: TActor, mobilizationId: string) {
  requireCan(actor, 'mobilizations.organize');
  const mobilization = await assertMobilization(actor, mobilizationId);
  const rows = await db.commitment.findMany({
    where: { AND: [{ mobilizationId }, commitmentScope(actor)] },
    select: {
      id: true,
      status: true,
      needInterpretation: true,
      needChildcare: true,
      needAccessibility: true,
      needSeatNearDoor: true,
      personId: true,
      person: { select: { givenName: true, familyName: true, preferredName: true } },
      quota: { select: { circle: { select: { name: true } }, organization: { select: { name: true } } } },
    },
    orderBy: [{ person: { familyName: 'asc' } }, { person: { givenName: 'asc' } }, { id: 'asc' }],
    take: 3000,
  });
  const list = rows.map((r) => ({
    id: r.id,
    status: r.status,
    personId: r.personId,
    person: r.person,
    // A quota with neither circle nor ally is the open seats (named by the page).
    group: r.quota ? (r.quota.circle?.name ?? r.quota.organization?.name ?? 'open') : null,
    needs: r.needInterpretation || r.needChildcare || r.needAccessibility || r.needSeatNearDoor,
    missing: isMissing(r.status),
  }));
  return { mobilization, rows: list, counts: { here: list.filter((r) => r.status === 'ATTENDED').length, missing: list.filter((r) => r.missing).length } };
}

export type TCheckInRow = Awaited<ReturnType<typeof getCheckInList>>['rows'][number];

/**
 * Marks someone as arrived, or undoes it (back to confirmed: they were expected). Idempotent:
 * asking for the state they are already in writes nothing.
 */
export async function setAttendance(actor: TActor, { commitmentId, attended }: { commitmentId: string; attended: boolean }) {
  requireCan(actor, 'mobilizations.organize');
  return db.$transaction(async (tx) => {
    const current = await tx.commitment.findFirst({ where: { AND: [{ id: commitmentId }, commitmentScope(actor)] }, select: { status: true } });
    if (!current) throw notFoundError();
    if ((current.status === 'ATTENDED') === attended) return { status: current.status, changed: false };
    const status = attended ? 'ATTENDED' : 'CONFIRMED';
    await tx.commitment.update({ where: { id: commitmentId }, data: { status, checkedInAt: attended ? new Date() : null } });
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'commitment', entityId: commitmentId, fields: ['status', 'checkedInAt'] });
    return { status, changed: true };
  });
}
