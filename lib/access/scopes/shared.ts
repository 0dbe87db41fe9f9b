import { Prisma } from '@/lib/generated/prisma/client';

// What every scope builder shares: the id that matches nothing, and SQL table aliases.

// A uuid no row has: used where a scope is empty, so the query matches nothing (never `null`,
// which in a relation filter would match *every* row without one).
export const NO_ID = '00000000-0000-0000-0000-000000000000';

/** A list of ids for an `in` filter; an empty list matches nothing. */
export const idsOrNone = (list: string[]) => (list.length ? list : [NO_ID]);

/** A table alias. Always a constant in our code; checked all the same, since it becomes SQL text. */
export function ref(alias: string): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return Prisma.raw(alias);
}
