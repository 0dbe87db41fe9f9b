import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { recordAudit } from '@/lib/data/audit';
import { commitmentScope, mobilizationScope } from '@/lib/access/scopes/mobilizations';
import { requireCan } from '@/lib/access/capabilities';
import { quotaLabelSelect, quotaRefOf } from '@/lib/data/mobilizations/quotas';
import { circleScope } from '@/lib/access/scopes/circles';
import { personScope } from '@/lib/access/scopes/people';
import { searchPersonIds } from '@/lib/data/people/search';
import { notFoundError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { CommitmentStatus } from '@/lib/generated/prisma/enums';

// The lists of people on a mobilization's pages: the commitments (names in scope only, with a
// count of the rest), the people one might ask, the printable roster.

const nameSelect = { id: true, givenName: true, familyName: true, preferredName: true } as const;
const personSelect = {
  ...nameSelect,
  preferredLanguage: true,
  languages: true,
  doNotContact: true,
  phones: { select: { e164: true, doNotCall: true }, orderBy: { isPrimary: 'desc' }, take: 1 },
} satisfies Prisma.PersonSelect;

export const needsSelect = { needInterpretation: true, needChildcare: true, needAccessibility: true, needSeatNearDoor: true, needsNote: true } as const;

export async function assertMobilization(actor: TActor, id: string) {
  const m = await db.mobilization.findFirst({ where: { AND: [{ id }, mobilizationScope(actor)] }, select: { id: true, name: true, startsAt: true, place: true, goal: true, goalUnit: true, kind: true } });
  if (!m) throw notFoundError();
  return m;
}

const MAX_LIST = 3000;

/** Which of these people the actor may see. */
export async function visibleIds(actor: TActor, ids: string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Set();
  const rows = await db.person.findMany({ where: { AND: [{ id: { in: unique } }, personScope(actor)] }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

/** The commitments of people the actor may see, with how many others there are (numbers, no names). */
export async function listCommitments(actor: TActor, mobilizationId: string, { status }: { status?: CommitmentStatus } = {}) {
  requireCan(actor, 'mobilizations.organize');
  await assertMobilization(actor, mobilizationId);
  const visible: Prisma.CommitmentWhereInput = { AND: [{ mobilizationId }, commitmentScope(actor)] };
  const [rows, visibleCount, allCount] = await Promise.all([
    db.commitment.findMany({
      where: { AND: [visible, status ? { status } : {}] },
      select: {
        id: true, status: true, checkedInAt: true, ...needsSelect,
        person: { select: { ...personSelect, ladderStage: true } },
        quota: { select: quotaLabelSelect },
        askedBy: { select: nameSelect },
      },
      orderBy: [{ person: { familyName: 'asc' } }, { person: { givenName: 'asc' } }, { id: 'asc' }],
      take: MAX_LIST,
    }),
    db.commitment.count({ where: visible }),
    db.commitment.count({ where: { mobilizationId, person: { deletedAt: null } } }),
  ]);
  const seen = await visibleIds(actor, rows.flatMap((r) => (r.askedBy ? [r.askedBy.id] : [])));
  return {
    rows: rows.map(({ quota, askedBy, ...c }) => ({
      ...c,
      quota: quota ? quotaRefOf(quota) : null,
      // Security: who asked is named only if the actor may see them too.
      askedBy: askedBy && seen.has(askedBy.id) ? askedBy : null,
    })),
    hidden: Math.max(0, allCount - visibleCount),
  };
}
export type TCommitmentRow = Awaited<ReturnType<typeof listCommitments>>['rows'][number];

/** Circles the actor may ask from (a coordinator: their own). */
export async function listAskableCircles(actor: TActor) {
  requireCan(actor, 'mobilizations.organize');
  return db.circle.findMany({ where: circleScope(actor), select: { id: true, name: true }, orderBy: { name: 'asc' } });
}

type TCandidateFilter = { circleId?: string; q?: string; ids?: string[] };

/**
 * People one might ask: a circle's roster, a name search, or a list of ids (a selection made
 * elsewhere, e.g. a saved people-table view, passed in the URL); each marked if already asked.
 */
export async function listCandidates(actor: TActor, mobilizationId: string, { circleId, q, ids }: TCandidateFilter) {
  requireCan(actor, 'mobilizations.organize');
  await assertMobilization(actor, mobilizationId);
  if (circleId) {
    const circle = await db.circle.findFirst({ where: { AND: [{ id: circleId }, circleScope(actor)] }, select: { id: true } });
    if (!circle) throw notFoundError();
  }
  const typed = (q ?? '').trim();
  if (!circleId && !typed && !ids?.length) return [];
  const take = circleId || ids?.length ? 1000 : 40;
  // Names match as everywhere else in Leaven (lib/data/people/search.ts): accents and case folded.
  const inCircle = circleId ? Prisma.sql`p.id IN (SELECT m.person_id FROM circle_membership m WHERE m.circle_id = ${circleId}::uuid)` : undefined;
  const named = typed ? await searchPersonIds(actor, typed, take, inCircle) : null;
  const people = await db.person.findMany({
    where: {
      AND: [
        personScope(actor),
        circleId ? { memberships: { some: { circleId } } } : {},
        ids?.length ? { id: { in: ids } } : {},
        named ? { id: { in: named } } : {},
      ],
    },
    select: { ...nameSelect, ladderStage: true, preferredLanguage: true, doNotContact: true, commitments: { where: { mobilizationId }, select: { status: true } } },
    orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }, { id: 'asc' }],
    take,
  });
  return people.map(({ commitments, ...p }) => ({ ...p, status: commitments[0]?.status ?? null }));
}
export type TCandidate = Awaited<ReturnType<typeof listCandidates>>[number];

/** The seat list to print: those who said yes, by quota then name, with phone, language and needs. */
export async function getRoster(actor: TActor, mobilizationId: string) {
  requireCan(actor, 'mobilizations.organize');
  const mobilization = await assertMobilization(actor, mobilizationId);
  const rows = await db.commitment.findMany({
    where: { AND: [{ mobilizationId, status: { in: ['COMMITTED', 'CONFIRMED', 'ATTENDED'] } }, commitmentScope(actor)] },
    select: { id: true, status: true, ...needsSelect, person: { select: personSelect }, quota: { select: quotaLabelSelect } },
    take: MAX_LIST,
  });
  // A seat list carries phone numbers: who looked at it is recorded, as for an export.
  await recordAudit(db, actor, { action: 'VIEW', entityType: 'mobilization', entityId: mobilizationId, fields: ['roster'], listed: rows.map((r) => r.person.id) });
  const list = rows.map(({ quota, ...r }) => ({ ...r, quota: quota ? quotaRefOf(quota) : null }));
  const key = (r: (typeof list)[number]) => `${r.quota?.ref === 'open' ? '~' : ''}${r.quota?.name ?? '~~'}|${r.person.familyName ?? ''}|${r.person.givenName ?? ''}`;
  list.sort((a, b) => key(a).localeCompare(key(b)));
  return { mobilization, rows: list };
}
export type TRosterRow = Awaited<ReturnType<typeof getRoster>>['rows'][number];
