import type { TActor } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { personScope } from '@/lib/data/scope';
import { notFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

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
