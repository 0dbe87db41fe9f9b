import type { TActor } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { personScope } from '@/lib/data/scope';
import { displayName } from '@/lib/format/person-name';
import type { Prisma } from '@/lib/generated/prisma/client';

// The "find a person to add" box of the circle and organization pages: people in the actor's
// scope whose name contains every word typed, ignoring case and accents ("nunez" finds "Núñez"),
// which matters for a ward where half the names carry them and half the keyboards do not.

// Postgres' translate() folds accents without an extension; upper and lower case are listed
// because lower() of a non-ASCII letter depends on the server's locale.
const ACCENTED = 'áàâäãåāéèêëēíìîïīóòôöõōúùûüūñçýÿÁÀÂÄÃÅĀÉÈÊËĒÍÌÎÏĪÓÒÔÖÕŌÚÙÛÜŪÑÇÝ';
const PLAIN = [...ACCENTED].map((c) => c.normalize('NFD')[0]).join('');

/** Lower case without accents: the form names are compared in. */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// How many name matches are checked against the actor's scope. A coordinator whose few
// in-scope matches sit among more than this many matches ward-wide must type more letters.
const CANDIDATES = 1000;

export type TPersonOption = { id: string; name: string; precinct: string | null };

/** Up to `take` people in scope whose name matches `q`, leaving out those `exclude` matches. */
export async function searchPeopleByName(
  actor: TActor,
  q: string,
  exclude: Prisma.PersonWhereInput,
  take = 8,
): Promise<TPersonOption[]> {
  const words = foldName(q).trim().split(/\s+/).filter(Boolean).slice(0, 4);
  if (words.length === 0) return [];
  const patterns = words.map((w) => `%${w.replace(/[\\%_]/g, '\\$&')}%`);
  const matches = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM person
     WHERE deleted_at IS NULL
       AND lower(translate(concat_ws(' ', given_name, family_name, preferred_name), ${ACCENTED}, ${PLAIN})) LIKE ALL (${patterns}::text[])
     LIMIT ${CANDIDATES}`;
  if (matches.length === 0) return [];
  // Security: the scope is applied here, to the name matches, before anything is returned.
  const people = await db.person.findMany({
    where: { AND: [{ id: { in: matches.map((m) => m.id) } }, personScope(actor), { NOT: exclude }] },
    select: {
      id: true,
      givenName: true,
      familyName: true,
      preferredName: true,
      precinct: { select: { number: true, ward: { select: { number: true } } } },
    },
    orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }, { id: 'asc' }],
    take,
  });
  return people.map((p) => ({ id: p.id, name: displayName(p), precinct: precinctLabel(p.precinct) }));
}

export function precinctLabel(p: { number: number; ward: { number: number } } | null): string | null {
  return p ? `${p.ward.number}-${p.number}` : null;
}
