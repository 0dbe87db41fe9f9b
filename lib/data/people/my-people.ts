import type { TActor } from '@/lib/access/actor';
import { orgClock } from '@/lib/data/admin/clock';
import { dateColumn } from '@/lib/format/dates';
import { db } from '@/lib/db/prisma';
import { recordAudit } from '@/lib/data/audit';
import { NO_ID } from '@/lib/access/scopes/shared';
import { requireCan } from '@/lib/access/capabilities';
import { myPeopleScope } from '@/lib/access/scopes/people';
import { AppError, notFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TAddMyPersonInput, TUpdateMyPersonInput } from '@/lib/validation/me';

// "My people": the people a user added or recruited (myPeopleScope, lib/access/scopes/people.ts).
// Narrower than what a coordinator or a leader may see elsewhere: here everyone, whatever their
// role, sees only their own people.

type TTx = Prisma.TransactionClient;

const primaryPhone = { select: { e164: true }, orderBy: [{ isPrimary: 'desc' as const }, { e164: 'asc' as const }], take: 1 };

export async function listMyPeople(actor: TActor) {
  const own = actor.personId ?? NO_ID;
  const people = await db.person.findMany({
    where: myPeopleScope(actor),
    select: {
      id: true,
      givenName: true,
      familyName: true,
      preferredName: true,
      phones: primaryPhone,
      // How the user knows them: the relationship between the two, if one was recorded.
      relationsA: { where: { personBId: own }, select: { kind: true } },
      relationsB: { where: { personAId: own }, select: { kind: true } },
    },
    orderBy: [{ givenName: 'asc' }, { familyName: 'asc' }, { id: 'asc' }],
    take: 1000,
  });
  return people.map(({ phones, relationsA, relationsB, ...p }) => ({
    ...p,
    phone: phones[0]?.e164 ?? null,
    kind: relationsA[0]?.kind ?? relationsB[0]?.kind ?? null,
  }));
}
export type TMyPersonRow = Awaited<ReturnType<typeof listMyPeople>>[number];

/** One of the user's people, for the edit form; anyone else is NotFound. */
export async function getMyPerson(actor: TActor, id: string) {
  const person = await db.person.findFirst({
    where: { AND: [{ id }, myPeopleScope(actor)] },
    select: { id: true, givenName: true, familyName: true, preferredName: true, version: true, phones: primaryPhone },
  });
  if (!person) throw notFoundError();
  const { phones, ...rest } = person;
  return { ...rest, phone: phones[0]?.e164 ?? null };
}

/** The circles the user belongs to: where they may place someone they add. */
export async function listMyCircles(actor: TActor) {
  if (!actor.personId) return [];
  return db.circle.findMany({
    where: { deletedAt: null, members: { some: { personId: actor.personId } } },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  });
}

async function relate(tx: TTx, actor: TActor, a: string, b: string, kind: TAddMyPersonInput['kind'], note: string | null) {
  // One row per pair, the smaller id first (a check constraint in SQL).
  const [personAId, personBId] = a < b ? [a, b] : [b, a];
  const rel = await tx.relationship.create({ data: { personAId, personBId, kind, note }, select: { id: true } });
  await recordAudit(tx, actor, { action: 'CREATE', entityType: 'relationship', entityId: rel.id, fields: ['kind', ...(note ? ['note'] : [])] });
}

/** Adds someone the user knows: their record, how the two know each other, and the circles they share. */
export async function addMyPerson(actor: TActor, input: TAddMyPersonInput): Promise<{ id: string }> {
  requireCan(actor, 'people.addMine');
  return db.$transaction(async (tx) => {
    const circles = actor.personId && input.circleIds.length
      ? await tx.circle.findMany({ where: { id: { in: input.circleIds }, deletedAt: null, members: { some: { personId: actor.personId } } }, select: { id: true } })
      : [];
    // Only the user's own circles: any other id is not theirs to use.
    if (circles.length !== new Set(input.circleIds).size) throw new AppError('INVALID', 'invalidChoice', { field: 'circleIds' });
    const person = await tx.person.create({
      data: {
        givenName: input.givenName,
        familyName: input.familyName,
        addedByUserId: actor.userId,
        phones: input.phone ? { create: { e164: input.phone, isPrimary: true } } : undefined,
      },
      select: { id: true },
    });
    const fields = ['givenName', ...(input.familyName ? ['familyName'] : []), ...(input.phone ? ['phones'] : [])];
    await recordAudit(tx, actor, { action: 'CREATE', entityType: 'person', entityId: person.id, fields });
    if (actor.personId) await relate(tx, actor, actor.personId, person.id, input.kind, input.note);
    for (const circle of circles) {
      const m = await tx.circleMembership.create({ data: { circleId: circle.id, personId: person.id, since: dateColumn((await orgClock()).today) }, select: { id: true } });
      await recordAudit(tx, actor, { action: 'CREATE', entityType: 'circle_membership', entityId: m.id, fields: ['circleId', 'personId'] });
    }
    return person;
  });
}

/** Corrects the name or phone of one of the user's people, on top of `version`. */
export async function updateMyPerson(actor: TActor, input: TUpdateMyPersonInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const current = await tx.person.findFirst({
      where: { AND: [{ id: input.id }, myPeopleScope(actor)] },
      select: { givenName: true, familyName: true, version: true, phones: { select: { id: true, e164: true, isPrimary: true }, orderBy: [{ isPrimary: 'desc' }, { e164: 'asc' }] } },
    });
    if (!current) throw notFoundError();
    if (current.version !== input.version) throw new AppError('CONFLICT', 'This person was changed by someone else.', { currentVersion: current.version });
    const fields: string[] = [];
    if (current.givenName !== input.givenName) fields.push('givenName');
    if (current.familyName !== input.familyName) fields.push('familyName');
    const primary = current.phones[0];
    if ((primary?.e164 ?? null) !== input.phone) {
      fields.push('phones');
      // The form shows one phone, the main one: it replaces that one and leaves any others alone.
      if (primary) await tx.personPhone.delete({ where: { id: primary.id } });
      if (input.phone) {
        await tx.personPhone.deleteMany({ where: { personId: input.id, e164: input.phone } });
        await tx.personPhone.create({ data: { personId: input.id, e164: input.phone, isPrimary: true } });
      }
    }
    const { count } = await tx.person.updateMany({
      where: { id: input.id, version: input.version },
      data: { givenName: input.givenName, familyName: input.familyName, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError('CONFLICT', 'This person was changed by someone else.');
    await recordAudit(tx, actor, { action: 'UPDATE', entityType: 'person', entityId: input.id, fields });
  });
}
