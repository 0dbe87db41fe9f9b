import type { TActor } from '@/lib/access/actor';
import { db } from '@/lib/db/prisma';
import { assertMobilization } from '@/lib/data/mobilizations/commitment-lists';
import { answerOwnCommitment, askPeople, getOwnCommitment, setCommitmentStatus } from '@/lib/data/mobilizations/commitments';
import { commitmentScope } from '@/lib/access/scopes/mobilizations';
import { can, requireCan } from '@/lib/access/capabilities';
import { signupPerson } from '@/lib/data/osdi/people';
import { personScope } from '@/lib/access/scopes/people';
import { AppError, notFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { statusFromOsdi, type TOsdiAttendanceState } from '@/lib/osdi/attendance-status';
import type { TOsdiPerson } from '@/lib/osdi/schemas';
import type { TApiAttendance } from '@/lib/osdi/serialize-events';
import type { TPage } from '@/lib/osdi/hal';

// Commitments through the OSDI API, as attendances (the mapping is in lib/osdi/attendance-status.ts).
// Reads use the pages' commitmentScope: leadership every one, a coordinator those of people in
// their scope, a member their own. Writes go through the pages' functions (askPeople,
// setCommitmentStatus, answerOwnCommitment), so the same roles may do the same things.


const apiAttendanceSelect = { id: true, mobilizationId: true, personId: true, status: true, createdAt: true, updatedAt: true } satisfies Prisma.CommitmentSelect;

async function pageOf(where: Prisma.CommitmentWhereInput, orderBy: Prisma.CommitmentOrderByWithRelationInput[], { page, perPage }: TPage) {
  const [rows, total] = await Promise.all([
    db.commitment.findMany({ where, select: apiAttendanceSelect, orderBy, skip: (page - 1) * perPage, take: perPage }),
    db.commitment.count({ where }),
  ]);
  return { rows, total };
}

export async function listAttendancesForApi(actor: TActor, eventId: string, page: TPage) {
  await assertMobilization(actor, eventId);
  return pageOf({ AND: [{ mobilizationId: eventId }, commitmentScope(actor)] }, [{ createdAt: 'asc' }, { id: 'asc' }], page);
}

/** A person's attendances, latest mobilization first. A person out of scope is NotFound; a member sees only their own. */
export async function listPersonAttendancesForApi(actor: TActor, personId: string, page: TPage) {
  const person = await db.person.findFirst({ where: { AND: [{ id: personId }, personScope(actor)] }, select: { id: true } });
  if (!person) throw notFoundError();
  return pageOf({ AND: [{ personId }, commitmentScope(actor)] }, [{ mobilization: { startsAt: 'desc' } }, { id: 'asc' }], page);
}

export async function getAttendanceForApi(actor: TActor, eventId: string, id: string): Promise<TApiAttendance> {
  const c = await db.commitment.findFirst({ where: { AND: [{ id, mobilizationId: eventId }, commitmentScope(actor)] }, select: apiAttendanceSelect });
  if (!c) throw notFoundError();
  return c;
}

async function moveTo(actor: TActor, c: TApiAttendance, wanted: TOsdiAttendanceState): Promise<void> {
  const status = statusFromOsdi(c.status, wanted);
  if (status !== c.status) await setCommitmentStatus(actor, { mobilizationId: c.mobilizationId, commitmentIds: [c.id], status });
}

/**
 * Asks a person to the event (as the ask page does: into their circle's quota, else their
 * ally's, else the open seats), then applies the answer sent. A person already asked keeps
 * their commitment, and the answer moves it.
 */
export async function saveAttendanceFromApi(actor: TActor, eventId: string, personId: string, wanted: TOsdiAttendanceState) {
  requireCan(actor, 'mobilizations.organize');
  // An attendance from another tool records what happened: a full quota does not refuse it.
  const { added } = await askPeople(actor, { mobilizationId: eventId, personIds: [personId], quotaId: null, pastQuota: true });
  const c = await db.commitment.findFirst({ where: { AND: [{ mobilizationId: eventId, personId }, commitmentScope(actor)] }, select: apiAttendanceSelect });
  if (!c) throw notFoundError();
  await moveTo(actor, c, wanted);
  return { id: c.id, created: added === 1 };
}

export async function updateAttendanceFromApi(actor: TActor, eventId: string, id: string, wanted: TOsdiAttendanceState): Promise<void> {
  const c = await getAttendanceForApi(actor, eventId, id);
  if (wanted.status === undefined && (wanted.attended === undefined || wanted.attended === null)) return;
  if (can(actor, 'mobilizations.organize')) return moveTo(actor, c, wanted);
  // As on the mobilization's page: a member answers yes or no for themselves, and nothing more.
  if ((wanted.status !== 'accepted' && wanted.status !== 'declined') || (wanted.attended !== undefined && wanted.attended !== null)) {
    throw new AppError('INVALID', 'a member’s token answers for its own person only: send status "accepted" or "declined", and no "attended"');
  }
  const own = await getOwnCommitment(actor, eventId);
  if (!own || own.id !== c.id) throw notFoundError();
  const { id: _id, status: _status, answeredAt: _answeredAt, ...needs } = own;
  await answerOwnCommitment(actor, { mobilizationId: eventId, answer: wanted.status === 'accepted' ? 'yes' : 'no', ...needs });
}

/**
 * OSDI's record attendance helper: the person is found or created exactly as the person signup
 * helper does, then asked to the event with their answer (a yes unless the request says otherwise).
 */
export async function recordAttendance(actor: TActor, eventId: string, p: TOsdiPerson, addTags: string[], wanted: TOsdiAttendanceState) {
  // Before anyone is created: only organizers ask people, and only to an event that exists.
  requireCan(actor, 'mobilizations.organize');
  await assertMobilization(actor, eventId);
  const { id: personId } = await signupPerson(actor, p, addTags);
  return saveAttendanceFromApi(actor, eventId, personId, { status: wanted.status ?? 'accepted', attended: wanted.attended });
}
