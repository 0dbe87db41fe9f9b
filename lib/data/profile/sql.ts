import { Prisma } from '@/lib/generated/prisma/client';

// Small SQL pieces shared by the profile's queries (lib/data/profile-*.ts).

export type TPersonRef = { id: string; givenName: string | null; familyName: string | null; preferredName: string | null };

/** A person's id and names as a JSON object shaped like TPersonRef. `alias` is a constant. */
export function personRefJson(alias: string): Prisma.Sql {
  const a = Prisma.raw(alias);
  return Prisma.sql`json_build_object('id', ${a}.id, 'givenName', ${a}.given_name, 'familyName', ${a}.family_name, 'preferredName', ${a}.preferred_name)`;
}

/** How people are ordered wherever a list of names is shown. `alias` is a constant. */
export function personOrder(alias: string): Prisma.Sql {
  const a = Prisma.raw(alias);
  return Prisma.sql`COALESCE(${a}.preferred_name, ${a}.given_name, ''), COALESCE(${a}.family_name, ''), ${a}.id`;
}

/** JSON turns timestamps into ISO strings; this turns them back. */
export const toDate = (s: string) => new Date(s);
