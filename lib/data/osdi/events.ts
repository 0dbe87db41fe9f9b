import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { requireCan } from '@/lib/access/capabilities';
import { mobilizationScope } from '@/lib/access/scopes/mobilizations';
import { createMobilization, funnelsFor, getMobilization, updateMobilization } from '@/lib/data/mobilizations/mobilizations';
import { AppError, isAppError, notFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TOsdiEventPatch } from '@/lib/osdi/event-schemas';
import type { TApiEvent } from '@/lib/osdi/serialize-events';

// Mobilizations through the OSDI API, as events: the pages' scope (mobilizationScope) for reads,
// and the pages' own audited, versioned writes (lib/data/mobilizations/mobilizations.ts), so that planning
// stays leadership's and a coordinator's or member's token gets the pages' 404.

type TEventPatch = TOsdiEventPatch['patch'];

const apiEventSelect = {
  id: true, name: true, kind: true, startsAt: true, place: true, description: true, goal: true, goalUnit: true, createdAt: true, updatedAt: true,
} satisfies Prisma.MobilizationSelect;

/** How many said yes to each: organization-wide numbers, which members do not see (as on the pages). */
async function withTotals(actor: TActor, rows: Omit<TApiEvent, 'totalAccepted'>[]): Promise<TApiEvent[]> {
  const funnels = await funnelsFor(actor, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, totalAccepted: funnels.get(r.id)?.committed ?? null }));
}

export async function listEventsForApi(actor: TActor, { page, perPage }: { page: number; perPage: number }) {
  const where = mobilizationScope(actor);
  const [rows, total] = await Promise.all([
    db.mobilization.findMany({ where, select: apiEventSelect, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], skip: (page - 1) * perPage, take: perPage }),
    db.mobilization.count({ where }),
  ]);
  return { rows: await withTotals(actor, rows), total };
}

export async function getEventForApi(actor: TActor, id: string): Promise<TApiEvent> {
  const m = await db.mobilization.findFirst({ where: { AND: [{ id }, mobilizationScope(actor)] }, select: apiEventSelect });
  if (!m) throw notFoundError();
  return (await withTotals(actor, [m]))[0]!;
}

/** A new mobilization with no quotas (they are planned on its page). osdiNewEventInput has checked the required fields. */
export async function createEventFromApi(actor: TActor, p: TEventPatch): Promise<string> {
  if (!p.name || !p.kind || !p.startsAt || !p.goal) throw new AppError('INVALID', 'a new event needs a title, a start_date, custom_fields.kind and a capacity or custom_fields.goal');
  const { id } = await createMobilization(actor, {
    name: p.name, kind: p.kind, startsAt: p.startsAt, goal: p.goal, goalUnit: p.goalUnit ?? 'PEOPLE', place: p.place ?? null, description: p.description ?? null, quotas: [],
  });
  return id;
}

/**
 * Applies the fields sent on top of the current mobilization, keeping its quotas; retried once
 * if someone saved in between (updateMobilization refuses a stale version).
 */
export async function updateEventFromApi(actor: TActor, id: string, patch: TEventPatch): Promise<void> {
  // Nothing Leaven keeps was sent: no new version, no audit entry (planning rights are still checked).
  if (Object.keys(patch).length === 0) {
    requireCan(actor, 'mobilizations.plan');
    await getMobilization(actor, id);
    return;
  }
  for (let attempt = 0; ; attempt++) {
    const current = await getMobilization(actor, id);
    const { name, kind, startsAt, place, description, goal, goalUnit } = current;
    const quotas = current.quotas.filter((q) => q.ref !== 'none').map((q) => ({ ref: q.ref, target: q.target ?? 0 }));
    try {
      await updateMobilization(actor, id, current.version, { name, kind, startsAt, place, description, goal, goalUnit, quotas, ...patch });
      return;
    } catch (e) {
      if (isAppError(e, 'INVALID') && e.details?.field === 'quotas') {
        throw new AppError('INVALID', 'a quota of this event names a circle or ally that has since been deleted; fix its quotas on the mobilization’s page in Leaven first');
      }
      if (!isAppError(e, 'CONFLICT') || attempt > 0) throw e;
    }
  }
}
