import type { TActor } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { changedFields, recordAudit } from '@/lib/data/audit';
import { personScope } from '@/lib/data/scope';
import { AppError, notFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TCreatePersonInput, TUpdatePersonInput } from '@/lib/validation/person';

const rowSelect = {
  id: true,
  givenName: true,
  familyName: true,
  preferredName: true,
  preferredLanguage: true,
  ladderStage: true,
  registeredVoter: true,
  doNotContact: true,
  precinct: { select: { number: true, ward: { select: { number: true } } } },
} satisfies Prisma.PersonSelect;

export type TPersonRow = Prisma.PersonGetPayload<{ select: typeof rowSelect }>;

type TListPeople = { q?: string; page: number; pageSize: number };

/** A page of the people the actor may see, by name. (The full people table comes with issue 3.) */
export async function listPeople(actor: TActor, { q, page, pageSize }: TListPeople) {
  const where: Prisma.PersonWhereInput = { AND: [personScope(actor), q ? nameMatches(q) : {}] };
  const [rows, total] = await Promise.all([
    db.person.findMany({
      where,
      select: rowSelect,
      orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.person.count({ where }),
  ]);
  return { rows, total };
}

function nameMatches(q: string): Prisma.PersonWhereInput {
  const words = q.trim().split(/\s+/).slice(0, 4);
  return {
    AND: words.map((w) => ({
      OR: [
        { givenName: { contains: w, mode: 'insensitive' } },
        { familyName: { contains: w, mode: 'insensitive' } },
        { preferredName: { contains: w, mode: 'insensitive' } },
      ],
    })),
  };
}

const detailSelect = {
  ...rowSelect,
  pronouns: true,
  languages: true,
  street: true,
  city: true,
  postalCode: true,
  memberSince: true,
  source: true,
  notes: true,
  contactConsent: true,
  version: true,
  updatedAt: true,
  emails: { select: { email: true, subscribed: true, isPrimary: true }, orderBy: { isPrimary: 'desc' } },
  phones: { select: { e164: true, smsCapable: true, doNotCall: true, isPrimary: true }, orderBy: { isPrimary: 'desc' } },
  tags: { select: { tag: { select: { name: true } } } },
  recruitedBy: { select: { id: true, givenName: true, familyName: true, preferredName: true } },
} satisfies Prisma.PersonSelect;

export type TPersonDetail = Prisma.PersonGetPayload<{ select: typeof detailSelect }>;

/** One person, if the actor may see them; otherwise NotFound, exactly as if they did not exist. */
export async function getPerson(actor: TActor, id: string): Promise<TPersonDetail> {
  const person = await db.person.findFirst({ where: { AND: [{ id }, personScope(actor)] }, select: detailSelect });
  if (!person) throw notFoundError();
  return person;
}

export async function createPerson(actor: TActor, input: TCreatePersonInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const created = await tx.person.create({ data: { ...input, addedByUserId: actor.userId }, select: { id: true } });
    const fields = Object.keys(input).filter((k) => input[k as keyof TCreatePersonInput] != null);
    await recordAudit(tx, actor, { action: 'CREATE', entityType: 'person', entityId: created.id, fields });
    return created;
  });
}

/**
 * Saves a change made on top of `version`. If someone saved in between, nothing is written and
 * a CONFLICT carries the current record, so the user can see what changed and reapply.
 */
export async function updatePerson(actor: TActor, { id, version, patch }: TUpdatePersonInput) {
  return db.$transaction(async (tx) => {
    const current = await tx.person.findFirst({ where: { AND: [{ id }, personScope(actor)] } });
    if (!current) throw notFoundError();
    if (current.version !== version) {
      throw new AppError('CONFLICT', 'This person was changed by someone else.', { currentVersion: current.version });
    }
    const fields = changedFields(current, patch);
    // The version in the WHERE makes the check and the write one atomic step.
    const { count } = await tx.person.updateMany({ where: { id, version }, data: { ...patch, version: { increment: 1 } } });
    if (count !== 1) throw new AppError('CONFLICT', 'This person was changed by someone else.');
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'person', entityId: id, fields });
    return { id, version: version + 1 };
  });
}

/** Moves a person to the trash, from which leadership can restore them. */
export async function deletePerson(actor: TActor, id: string): Promise<void> {
  if (actor.role === 'MEMBER') throw notFoundError();
  await db.$transaction(async (tx) => {
    const { count } = await tx.person.updateMany({
      where: { AND: [{ id }, personScope(actor)] },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    if (count !== 1) throw notFoundError();
    await recordAudit(tx, actor, { action: 'DELETE', entityType: 'person', entityId: id, fields: ['deletedAt'] });
  });
}

/** Brings a person back from the trash. Leadership only. */
export async function restorePerson(actor: TActor, id: string): Promise<void> {
  if (actor.role !== 'ADMIN') throw notFoundError();
  await db.$transaction(async (tx) => {
    const { count } = await tx.person.updateMany({
      where: { id, deletedAt: { not: null } },
      data: { deletedAt: null, version: { increment: 1 } },
    });
    if (count !== 1) throw notFoundError();
    await recordAudit(tx, actor, { action: 'RESTORE', entityType: 'person', entityId: id, fields: ['deletedAt'] });
  });
}
